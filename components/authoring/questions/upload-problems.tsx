import type { UploadPreview } from '@/lib/authoring/questions/upload';

/** Errors and warnings by line, then what the importers could not bring over: whole questions, then parts of questions. */
export function UploadProblems({
  problems,
  problemCount,
  skipped,
  skippedCount,
  losses,
  lossCount,
}: Pick<UploadPreview, 'problems' | 'problemCount' | 'skipped' | 'skippedCount' | 'losses' | 'lossCount'>) {
  if (problems.length === 0 && skipped.length === 0 && losses.length === 0)
    return <p className="text-sm text-green-800 dark:text-green-300">✓ No problems found.</p>;
  return (
    <div className="space-y-3">
      {problems.length > 0 && (
        <ul aria-label="Problems by line" className="space-y-1 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800">
          {problems.map((p, i) => (
            <li key={i} className={p.severity === 'error' ? 'text-red-700 dark:text-red-400' : 'text-amber-800 dark:text-amber-300'}>
              <span aria-hidden="true">{p.severity === 'error' ? '✗ ' : '⚠ '}</span>
              <span className="font-mono">line {p.line}</span>
              {p.field && <span className="font-mono"> {p.field}</span>}: {p.severity === 'error' ? 'error' : 'warning'}: {p.message}
            </li>
          ))}
          {problemCount > problems.length && (
            <li className="font-medium">…and {(problemCount - problems.length).toLocaleString('en')} more problems; fix these first and upload again.</li>
          )}
        </ul>
      )}
      {skipped.length > 0 && (
        <ul aria-label="Skipped questions" className="space-y-1 text-sm text-slate-600 dark:text-slate-300">
          {skipped.map((s, i) => (
            <li key={i}>
              Line {s.line}
              {s.title && ` (${s.title})`} skipped: {s.reason}
            </li>
          ))}
          {skippedCount > skipped.length && <li>…and {(skippedCount - skipped.length).toLocaleString('en')} more skipped.</li>}
        </ul>
      )}
      {losses.length > 0 && (
        <div className="space-y-1 text-sm text-slate-600 dark:text-slate-300">
          <h3 id="upload-losses" className="font-medium text-slate-800 dark:text-slate-100">
            Imported without these parts
          </h3>
          <ul aria-labelledby="upload-losses" className="space-y-1">
            {losses.map((loss, i) => (
              <li key={i}>
                Line {loss.line}
                {loss.title && ` (${loss.title})`}: {loss.feature} not kept: {loss.reason}
              </li>
            ))}
            {lossCount > losses.length && <li>…and {(lossCount - losses.length).toLocaleString('en')} more.</li>}
          </ul>
        </div>
      )}
    </div>
  );
}
