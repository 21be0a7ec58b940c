import { StatusBadge } from '@/components/authoring/status-badge';

/** Where the published question comes from, and whether work is pending on it. */
export function StatusBadges({ owner, hasDraft, archived }: { owner: 'FILE' | 'BROWSER'; hasDraft: boolean; archived: boolean }) {
  return (
    <>
      {/* The same state lessons call "Browser-owned"; question authors already know it by this name. */}
      {owner === 'FILE' ? <StatusBadge kind="file" /> : <StatusBadge kind="browser" label="Edited in browser" />}
      {hasDraft && <StatusBadge kind="draft" />}
      {archived && <StatusBadge kind="archived" />}
    </>
  );
}
