import Link from 'next/link';
import type { CourseSummary } from '@/lib/courses/queries';
import { describeExamFormat } from '@/lib/courses/exam-format';

export function CourseCard({ course }: { course: CourseSummary }) {
  return (
    <li className="relative rounded-xl border border-slate-200 p-5 shadow-sm transition hover:border-brand-500 dark:border-slate-800">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        {course.vendor} · {course.examCode}
      </p>
      <h2 className="mt-1 text-xl font-semibold">
        <Link href={`/courses/${course.id}`} className="after:absolute after:inset-0 hover:underline">
          {course.name}
        </Link>
      </h2>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">{course.description}</p>
      <p className="mt-3 text-sm text-slate-500 dark:text-slate-400">{describeExamFormat(course)}</p>
    </li>
  );
}
