import type { Metadata } from 'next';
import { OnboardingForm } from '@/components/onboarding/onboarding-form';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { listCourses } from '@/lib/courses/queries';
import { db } from '@/lib/db/client';
import { learnerDay } from '@/lib/srs/learner-day';
import { resolveSettings } from '@/lib/srs/settings';

export const metadata: Metadata = { title: 'Welcome' };

/** Where sign-up lands: which exam, when and how long a day, each skippable. */
export default async function WelcomePage() {
  const viewer = await requirePageViewer('signed-in', '/welcome');
  const [courses, settings] = await Promise.all([listCourses(db()), resolveSettings(db(), viewer.id)]);
  const today = learnerDay(new Date(), settings.timeZone, settings.dayStartHour).key;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold tracking-tight">Welcome to Netprep</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">Three quick questions so your dashboard starts in the right place. You can skip them.</p>
      <div className="mt-6">
        {courses.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">No course is published yet. Your dashboard fills in once an instructor publishes one.</p>
        ) : (
          <OnboardingForm courses={courses.map((c) => ({ id: c.id, name: c.name }))} today={today} />
        )}
      </div>
    </div>
  );
}
