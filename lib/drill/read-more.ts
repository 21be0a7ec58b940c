import type { Db } from '../db/client';
import { visible, type TocEntry } from '../lessons/queries';
import { isGeneratorName, type GeneratorName } from '../questions/generators';
import { storedQuestion } from '../questions/stored-question';

export type ReadMore = { href: string; label: string };

type Lesson = { id: string; title: string; toc: unknown };
type Use = { lesson: Lesson; section: string | null };

/**
 * Where a drill's worked solution sends the learner to read more: the lesson whose bank uses the
 * generator most (the one that teaches it; course order breaks a tie), at the section its entries
 * share, or at its top when they point at different sections. It follows the content, so a
 * generator no lesson uses yet gets no link rather than a wrong one.
 */
export async function drillReadMore(db: Db, generators: GeneratorName[]): Promise<Partial<Record<GeneratorName, ReadMore>>> {
  const entries = await db.question.findMany({
    where: { type: 'generated', archivedAt: null, lesson: { ...visible, chapter: { archivedAt: null } } },
    orderBy: [{ lesson: { chapter: { order: 'asc' } } }, { lesson: { order: 'asc' } }, { id: 'asc' }],
    select: { section: true, currentVersion: { select: { body: true } }, lesson: { select: { id: true, title: true, toc: true } } },
  });
  const uses = new Map<GeneratorName, Use[]>();
  for (const entry of entries) {
    const question = entry.currentVersion ? storedQuestion(entry.currentVersion.body) : null;
    if (question?.type !== 'generated' || !isGeneratorName(question.generator) || !generators.includes(question.generator)) continue;
    uses.set(question.generator, [...(uses.get(question.generator) ?? []), { lesson: entry.lesson, section: entry.section }]);
  }
  return Object.fromEntries([...uses].map(([generator, list]) => [generator, linkTo(list)]));
}

function linkTo(uses: Use[]): ReadMore {
  const counts = new Map<string, number>();
  for (const use of uses) counts.set(use.lesson.id, (counts.get(use.lesson.id) ?? 0) + 1);
  // Uses come in course order and the sort is stable, so the earliest lesson wins a tie.
  const lesson = [...uses].sort((a, b) => counts.get(b.lesson.id)! - counts.get(a.lesson.id)!)[0].lesson;
  const sections = new Set(uses.filter((use) => use.lesson.id === lesson.id).map((use) => use.section));
  const only = sections.size === 1 ? [...sections][0] : null;
  const section = only ? (lesson.toc as TocEntry[]).find((heading) => heading.id === only) : undefined;
  return section
    ? { href: `/lessons/${lesson.id}#${section.id}`, label: `${lesson.title} — ${section.text}` }
    : { href: `/lessons/${lesson.id}`, label: lesson.title };
}
