import type { checkContent } from '../content/sync';
import type { Db } from '../db/client';
import type { CoverageInput } from './coverage-report';

type CheckedContent = Pick<Awaited<ReturnType<typeof checkContent>>, 'lessons' | 'questions'>;

/** What the files say. Draft lessons and their questions reach no learner, so they cover nothing. */
export function coverageInputFromFiles(content: CheckedContent): CoverageInput {
  const drafts = new Set(content.lessons.filter((l) => l.frontmatter.draft).map((l) => l.frontmatter.id));
  return {
    lessons: content.lessons
      .filter((l) => !drafts.has(l.frontmatter.id))
      .map((l) => ({ id: l.frontmatter.id, title: l.frontmatter.title, examObjectives: l.frontmatter.examObjectives ?? {} })),
    questions: content.questions
      .filter((q) => !drafts.has(q.lessonId))
      .map((q) => ({ id: q.question.id, generated: q.question.type === 'generated', objectives: q.objectives })),
  };
}

/** What learners are served now: published lessons and live questions, browser edits included. */
export async function coverageInputFromDb(db: Db): Promise<CoverageInput> {
  const live = { archivedAt: null, draft: false };
  const [lessons, questions] = await Promise.all([
    db.lesson.findMany({
      where: live,
      select: { id: true, title: true, examObjectives: { select: { objective: { select: { courseId: true, code: true } } } } },
    }),
    db.question.findMany({
      where: { archivedAt: null, currentVersionId: { not: null }, lesson: live },
      select: { id: true, type: true, objectives: { select: { objective: { select: { courseId: true, code: true } } } } },
    }),
  ]);
  const byCourse = (links: Array<{ objective: { courseId: string; code: string } }>) => {
    const grouped: Record<string, string[]> = {};
    for (const { objective } of links) (grouped[objective.courseId] ??= []).push(objective.code);
    return grouped;
  };
  return {
    lessons: lessons.map((l) => ({ id: l.id, title: l.title, examObjectives: byCourse(l.examObjectives) })),
    questions: questions.map((q) => ({ id: q.id, generated: q.type === 'generated', objectives: byCourse(q.objectives) })),
  };
}
