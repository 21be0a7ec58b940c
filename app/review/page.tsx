import type { Metadata } from 'next';
import { ReviewSession } from '@/components/review/review-session';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { listCourses } from '@/lib/courses/queries';
import { db } from '@/lib/db/client';
import { reviewQueue } from '@/lib/srs/review-queue';
import { reviewCardViews } from '@/lib/srs/review-view';
import { pageQuery } from '@/lib/http/page-input';

export const metadata: Metadata = { title: 'Review' };

type Props = { searchParams: Promise<{ course?: string }> };

export default async function ReviewPage({ searchParams }: Props) {
  const { course } = await pageQuery(searchParams);
  const viewer = await requirePageViewer('signed-in', course ? `/review?course=${encodeURIComponent(course)}` : '/review');
  const courses = await listCourses(db());
  const courseId = courses.some((c) => c.id === course) ? course! : null;
  const queue = await reviewQueue(db(), viewer.id, { courseId, now: new Date() });
  const cards = await reviewCardViews(db(), viewer.id, queue.cardIds);
  return (
    <ReviewSession key={courseId ?? 'all'} cards={cards} counts={queue.counts} courseId={courseId} courses={courses.map((c) => ({ id: c.id, name: c.name }))} />
  );
}
