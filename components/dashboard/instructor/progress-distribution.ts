import type { LearnerRow } from '@/lib/dashboard/instructor/cohort-table';

export type ProgressBucket = { label: string; onTrack: number; atRisk: number };

/** Learners per tenth of the course completed (100% in the last bucket), split by the at-risk flag. */
export function progressBuckets(rows: LearnerRow[]): ProgressBucket[] {
  const buckets = Array.from({ length: 10 }, (_, i) => ({ label: `${i * 10}–${i === 9 ? 100 : i * 10 + 9}%`, onTrack: 0, atRisk: 0 }));
  for (const row of rows) {
    const bucket = buckets[Math.min(9, Math.floor(row.progress * 10))];
    if (row.atRisk.length) bucket.atRisk += 1;
    else bucket.onTrack += 1;
  }
  return buckets;
}
