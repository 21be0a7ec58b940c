import type { Metadata } from 'next';
import { DrillPicker } from '@/components/drill/drill-picker';
import { RecentDrills } from '@/components/drill/recent-drills';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { db } from '@/lib/db/client';
import { drillSpeed } from '@/lib/drill/drill-speed';

export const metadata: Metadata = { title: 'Drill' };

export default async function DrillPage() {
  const viewer = await requirePageViewer('signed-in', '/drill');
  const speed = await drillSpeed(db(), { userId: viewer.id, now: new Date(), runs: 5 });
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Drill</h1>
      <p className="mt-1 max-w-2xl text-slate-600 dark:text-slate-300">
        Timed sprints of freshly generated problems: 20 problems or 5 minutes, whichever comes first. Every problem is new, so the only way to get faster is to
        get better.
      </p>
      <div className="mt-8 grid gap-8 lg:grid-cols-[2fr_1fr]">
        <DrillPicker />
        <RecentDrills runs={speed.runs} />
      </div>
    </div>
  );
}
