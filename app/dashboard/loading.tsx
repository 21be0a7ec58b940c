/** Shown while the dashboard's queries run: the page's shape in grey, so nothing jumps when it arrives. */
export default function DashboardLoading() {
  const block = 'animate-pulse rounded-xl bg-slate-200 dark:bg-slate-800';
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading your dashboard">
      <div className={`${block} h-9 w-56`} />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className={`${block} h-24`} />
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className={`${block} h-56 lg:col-span-2`} />
        <div className={`${block} h-56`} />
      </div>
      <div className={`${block} h-80`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className={`${block} h-64`} />
        <div className={`${block} h-64`} />
      </div>
    </div>
  );
}
