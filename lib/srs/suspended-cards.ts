import type { Db } from '../db/client';

/** Suspended cards with where to study them: leeches point the learner back to the lesson section. */
export async function listSuspendedCards(db: Db, userId: string) {
  const cards = await db.card.findMany({
    where: { userId, suspended: true },
    orderBy: { lapses: 'desc' },
    select: {
      id: true,
      lapses: true,
      leech: true,
      question: { select: { section: true, lesson: { select: { id: true, title: true } }, currentVersion: { select: { html: true } } } },
    },
  });
  return cards.map((card) => ({
    id: card.id,
    lapses: card.lapses,
    leech: card.leech,
    /** Sanitized HTML rendered at sync time; the list shows it as plain text. */
    stemHtml: (card.question.currentVersion?.html as Record<string, string> | undefined)?.stem ?? '',
    lessonTitle: card.question.lesson.title,
    href: `/lessons/${card.question.lesson.id}${card.question.section ? `#${card.question.section}` : ''}`,
  }));
}
