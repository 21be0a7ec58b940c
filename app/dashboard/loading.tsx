import { PageSkeleton, SkeletonBlock } from '@/components/ui/page-skeleton';

/** Shown while the dashboard's queries run. */
export default function DashboardLoading() {
  return (
    <PageSkeleton label="Loading your dashboard" subtitle={false}>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => (
          <SkeletonBlock key={i} className="h-24" />
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <SkeletonBlock className="h-56 lg:col-span-2" />
        <SkeletonBlock className="h-56" />
      </div>
      <SkeletonBlock className="h-80" />
      <div className="grid gap-6 lg:grid-cols-2">
        <SkeletonBlock className="h-64" />
        <SkeletonBlock className="h-64" />
      </div>
    </PageSkeleton>
  );
}
