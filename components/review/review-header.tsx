import Link from 'next/link';

const pill = 'inline-flex min-h-9 items-center rounded-full border px-3 py-1';
const pillStates = {
  current: 'border-brand-700 bg-brand-700 text-white dark:border-brand-600 dark:bg-brand-600',
  other: 'border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800',
};
const link = 'font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 dark:text-brand-100';

/** Title, links to the review settings and suspended cards, and the course filter. */
export function ReviewHeader({ courseId, courses }: { courseId: string | null; courses: Array<{ id: string; name: string }> }) {
  const filters = [{ id: null, name: 'All courses', href: '/review' }, ...courses.map((c) => ({ ...c, href: `/review?course=${encodeURIComponent(c.id)}` }))];
  return (
    <header>
      <div className="flex flex-wrap items-baseline gap-x-6 gap-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Review</h1>
        <nav aria-label="Review pages" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href="/review/settings" className={link}>
            Settings
          </Link>
          <Link href="/review/suspended" className={link}>
            Suspended cards
          </Link>
        </nav>
      </div>
      {courses.length > 0 && (
        <nav aria-label="Course" className="mt-4">
          <ul className="flex flex-wrap gap-2 text-sm">
            {filters.map((f) => (
              <li key={f.href}>
                <Link
                  href={f.href}
                  aria-current={f.id === courseId ? 'page' : undefined}
                  className={`${pill} ${pillStates[f.id === courseId ? 'current' : 'other']}`}
                >
                  {f.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
