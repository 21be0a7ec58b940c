import { SkeletonBlock } from '@/components/ui/page-skeleton';

/**
 * Grey stand-ins for a section while its numbers are computed. Pages stream these from a Suspense
 * boundary placed after their access checks (a route-level loading.tsx would start the response
 * before them, turning every 403 and 404 into a 200).
 */
export function SectionSkeleton({ label, cards = 0, rows = 6 }: { label: string; cards?: number; rows?: number }) {
  return (
    <div className="mt-6" aria-busy="true" aria-label={label} role="status">
      {cards > 0 && (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {Array.from({ length: cards }, (_, i) => (
            <SkeletonBlock key={i} className="h-36" />
          ))}
        </div>
      )}
      <div className="mt-6 space-y-2">
        {Array.from({ length: rows }, (_, i) => (
          <SkeletonBlock key={i} className="h-9" />
        ))}
      </div>
    </div>
  );
}
