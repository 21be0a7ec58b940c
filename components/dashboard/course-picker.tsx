import Link from 'next/link';

/** The courses as tabs of links, so switching works without JavaScript and each course has its own URL. */
export function CoursePicker({ courses, current, path = '/dashboard' }: { courses: Array<{ id: string; name: string }>; current: string; path?: string }) {
  if (courses.length < 2) return null;
  return (
    <nav aria-label="Course" className="flex flex-wrap gap-2">
      {courses.map((course) => (
        <Link
          key={course.id}
          href={`${path}?course=${encodeURIComponent(course.id)}`}
          aria-current={course.id === current ? 'page' : undefined}
          className="rounded-full border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-50 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white dark:border-slate-700 dark:hover:bg-slate-800 dark:aria-[current=page]:border-brand-500 dark:aria-[current=page]:bg-brand-600"
        >
          {course.name}
        </Link>
      ))}
    </nav>
  );
}
