import type { Metadata } from 'next';
import { PracticeForm } from '@/components/quiz/practice-form';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { db } from '@/lib/db/client';
import { dashboardCourse } from '@/lib/dashboard/default-course';
import { practiceOptions } from '@/lib/quiz/practice-options';

export const metadata: Metadata = { title: 'Practice' };

export default async function PracticePage() {
  const viewer = await requirePageViewer('signed-in', '/practice');
  const courses = await practiceOptions(db());
  const initialCourseId = await dashboardCourse(db(), viewer.id, courses);
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Custom practice</h1>
      <p className="mt-1 max-w-2xl text-slate-600 dark:text-slate-300">
        Pick the topics and how many questions. Every answer is saved as you go, so you can close the tab and come back.
      </p>
      <div className="mt-8">
        <PracticeForm courses={courses} initialCourseId={initialCourseId} />
      </div>
    </div>
  );
}
