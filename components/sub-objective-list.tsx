/** An objective's lettered sub-objectives, small and under its title; the vendors' own codes and words. */
export function SubObjectiveList({ subObjectives }: { subObjectives: Array<{ code: string; title: string }> }) {
  return (
    <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-500 dark:text-slate-400" aria-label="Sub-objectives">
      {subObjectives.map((sub) => (
        <li key={sub.code}>
          <span className="font-mono">{sub.code.split('.').pop()}.</span> {sub.title}
        </li>
      ))}
    </ul>
  );
}
