import { CourseCard } from '@/components/course-card';
import { listCourses } from '@/lib/courses/queries';
import { db } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const courses = await listCourses(db());
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Prepare for your networking exam</h1>
      <p className="mt-2 max-w-2xl text-slate-600 dark:text-slate-300">
        Clear lessons, realistic practice questions, timed exam simulations weighted like the real exam, and reviews scheduled just before you would forget.
      </p>
      {courses.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-700 dark:text-slate-300">
          No courses are loaded yet. Add a course file under <code>content/courses/</code> and run <code>npm run content:sync</code>.
        </p>
      ) : (
        <ul className="mt-8 grid gap-4 sm:grid-cols-2">
          {courses.map((course) => (
            <CourseCard key={course.id} course={course} />
          ))}
        </ul>
      )}
    </div>
  );
}
