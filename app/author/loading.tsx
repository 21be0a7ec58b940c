import { PageSkeleton, SkeletonBlock } from '@/components/ui/page-skeleton';

/** Shown while an authoring page queries lessons, drafts or the audit log. */
export default function Loading() {
  return (
    <PageSkeleton>
      <div className="space-y-2">
        {[0, 1, 2, 3, 4].map((i) => (
          <SkeletonBlock key={i} className="h-12" />
        ))}
      </div>
    </PageSkeleton>
  );
}
