import Link from 'next/link';

type Neighbour = { id: string; title: string } | null;

export function LessonPager({ previous, next }: { previous: Neighbour; next: Neighbour }) {
  return (
    <nav aria-label="Lessons" className="no-print mt-12 grid gap-3 border-t border-slate-200 pt-6 sm:grid-cols-2 dark:border-slate-800">
      {previous ? (
        <Link href={`/lessons/${previous.id}`} rel="prev" className="rounded-lg border border-slate-200 p-4 hover:border-brand-500 dark:border-slate-800">
          <span className="block text-xs text-slate-500 dark:text-slate-400">← Previous lesson</span>
          <span className="font-medium">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link
          href={`/lessons/${next.id}`}
          rel="next"
          className="rounded-lg border border-slate-200 p-4 text-right hover:border-brand-500 dark:border-slate-800"
        >
          <span className="block text-xs text-slate-500 dark:text-slate-400">Next lesson →</span>
          <span className="font-medium">{next.title}</span>
        </Link>
      )}
    </nav>
  );
}
