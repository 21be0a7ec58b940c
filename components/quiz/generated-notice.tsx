/**
 * The registry needs an input for every type, but a generated entry never reaches the browser as
 * itself: each showing is presented as its variant's concrete type (lib/questions/shown-question.ts).
 * Shown only if a stored item were presented without its variant, which would be a bug upstream.
 */
export function GeneratedNotice() {
  return <p className="text-sm text-slate-600 dark:text-slate-400">This problem is generated when it is shown; reload to get it.</p>;
}
