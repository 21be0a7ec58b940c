import type { LessonPreview } from '@/lib/authoring/preview';

/** The lesson as learners will see it, compiled by the content pipeline, with its problems by line. */
export function LessonPreviewPane({ preview, pending }: { preview: LessonPreview | null; pending: boolean }) {
  const problems = preview?.problems ?? [];
  return (
    <div className="rounded-md border border-slate-200 p-4 dark:border-slate-800" aria-busy={pending}>
      <div className="mb-3 flex items-center justify-between gap-2 text-sm">
        <h2 className="font-semibold">Preview</h2>
        <span role="status" className="text-slate-500 dark:text-slate-400">
          {pending ? (
            <>
              <span
                aria-hidden="true"
                className="mr-1 inline-block h-3 w-3 animate-spin rounded-full border-2 border-slate-400 border-t-transparent align-[-2px]"
              />
              Rendering…
            </>
          ) : preview ? (
            'Up to date'
          ) : (
            ''
          )}
        </span>
      </div>
      {problems.length > 0 && (
        <ul aria-label="Problems" className="mb-4 space-y-1 rounded-md border border-amber-300 p-3 text-sm dark:border-amber-800">
          {problems.map((p, i) => (
            <li key={i} className={p.severity === 'error' ? 'text-red-700 dark:text-red-400' : 'text-amber-800 dark:text-amber-300'}>
              <span className="font-semibold">{p.severity === 'error' ? 'Error' : 'Warning'}</span>, line {p.line}
              {p.field ? ` (${p.field})` : ''}: {p.message}
            </li>
          ))}
        </ul>
      )}
      {preview ? (
        // Sanitized by the lesson compiler (rehype-sanitize), exactly as a synced file is.
        <div
          className="lesson-body prose prose-slate max-w-none dark:prose-invert"
          data-testid="lesson-preview"
          dangerouslySetInnerHTML={{ __html: preview.html }}
        />
      ) : (
        <p className="text-sm text-slate-500 dark:text-slate-400">The preview appears here as you write.</p>
      )}
    </div>
  );
}
