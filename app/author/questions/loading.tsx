import { PageSkeleton, SkeletonBlock } from '@/components/ui/page-skeleton';

/** Shown while a question page queries the bank; the shapes match the list and editor. */
export default function Loading() {
  return (
    <PageSkeleton>
      <div className="grid gap-6 lg:grid-cols-2">
        <SkeletonBlock className="h-96" />
        <SkeletonBlock className="h-96" />
      </div>
    </PageSkeleton>
  );
}
