/** Shown while a question page queries the bank; the shapes match the list and editor. */
export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading" className="animate-pulse space-y-4">
      <div className="h-8 w-48 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-4 w-2/3 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="h-96 rounded-lg bg-slate-100 dark:bg-slate-900" />
        <div className="h-96 rounded-lg bg-slate-100 dark:bg-slate-900" />
      </div>
    </div>
  );
}
