'use client';

import type { ReviewCardView } from '@/lib/srs/review-view';
import type { QueueCounts } from '@/lib/srs/review-queue';
import { ReviewEmpty } from './review-empty';
import { ReviewHeader } from './review-header';
import { ReviewRunner } from './review-runner';

type ReviewSessionProps = {
  cards: ReviewCardView[];
  counts: QueueCounts;
  courseId: string | null;
  courses: Array<{ id: string; name: string }>;
};

/** The review page: header with the course filter, then either the session or what to do instead. */
export function ReviewSession({ cards, counts, courseId, courses }: ReviewSessionProps) {
  // "Review more" refreshes the page; the new queue (other cards, or the same ones further on)
  // must start a new session rather than continue the finished one's state.
  const queueKey = cards.map((c) => `${c.cardId}:${c.reps}`).join(',');
  return (
    <div className="mx-auto max-w-3xl">
      <ReviewHeader courseId={courseId} courses={courses} />
      {cards.length === 0 ? <ReviewEmpty counts={counts} /> : <ReviewRunner key={queueKey} cards={cards} courseId={courseId} />}
    </div>
  );
}
