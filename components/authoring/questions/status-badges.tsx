const badge = 'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium';

/** Where the published question comes from, and whether work is pending on it. */
export function StatusBadges({ owner, hasDraft, archived }: { owner: 'FILE' | 'BROWSER'; hasDraft: boolean; archived: boolean }) {
  return (
    <>
      <span className={`${badge} ${owner === 'FILE' ? 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200' : 'bg-sky-100 text-sky-900 dark:bg-sky-900/40 dark:text-sky-100'}`}>
        {owner === 'FILE' ? 'From file' : 'Edited in browser'}
      </span>
      {hasDraft && <span className={`${badge} bg-violet-100 text-violet-900 dark:bg-violet-900/40 dark:text-violet-100`}>Draft</span>}
      {archived && <span className={`${badge} bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-100`}>Archived</span>}
    </>
  );
}
