import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DrillRunner } from '@/components/drill/drill-runner';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { db } from '@/lib/db/client';
import { loadDrillRun } from '@/lib/drill/load-run';
import { isAppError } from '@/lib/errors';
import { pageParams } from '@/lib/http/page-input';

export const metadata: Metadata = { title: 'Drill sprint' };

type Props = { params: Promise<{ runId: string }> };

export default async function DrillRunPage({ params }: Props) {
  const { runId } = await pageParams(params);
  const viewer = await requirePageViewer('signed-in', `/drill/${runId}`);
  const view = await loadDrillRun(db(), viewer.id, runId, new Date()).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  return (
    <div>
      <h1 className="sr-only">Drill sprint</h1>
      <DrillRunner initial={view} />
    </div>
  );
}
