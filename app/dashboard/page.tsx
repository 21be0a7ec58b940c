import type { Metadata } from 'next';
import { CoursePicker } from '@/components/dashboard/course-picker';
import { DrillSpeedSection } from '@/components/dashboard/drill-speed-section';
import { LearnerDashboardView } from '@/components/dashboard/learner-dashboard-view';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { listCourses } from '@/lib/courses/queries';
import { db } from '@/lib/db/client';
import { dashboardCourse } from '@/lib/dashboard/default-course';
import { loadLearnerDashboard } from '@/lib/dashboard/learner-dashboard';
import { drillSpeed } from '@/lib/drill/drill-speed';
import { pageQuery } from '@/lib/http/page-input';

export const metadata: Metadata = { title: 'Dashboard' };

type Props = { searchParams: Promise<{ course?: string }> };

export default async function DashboardPage({ searchParams }: Props) {
  const { course } = await pageQuery(searchParams);
  const viewer = await requirePageViewer('signed-in', course ? `/dashboard?course=${encodeURIComponent(course)}` : '/dashboard');
  const courses = await listCourses(db());
  const courseId = await dashboardCourse(db(), viewer.id, courses, course);
  const now = new Date();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Your dashboard</h1>
      {courseId === null ? (
        <p className="text-slate-700 dark:text-slate-300">No course is available yet. Once an instructor publishes one, your progress shows here.</p>
      ) : (
        <>
          <CoursePicker courses={courses} current={courseId} />
          <LearnerDashboardView data={await loadLearnerDashboard(db(), { userId: viewer.id, courseId, now })} />
        </>
      )}
      <DrillSpeedSection speed={await drillSpeed(db(), { userId: viewer.id, now })} />
    </div>
  );
}
