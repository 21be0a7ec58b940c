import type { Db } from '../../db/client';
import { AppError } from '../../errors';

/**
 * What a question of one lesson is checked against, in a form the browser can hold: the editor
 * runs the same checks on every keystroke that the server runs before saving.
 */
export type EditorContext = {
  lessonId: string;
  lessonTitle: string;
  /** Heading anchors of the lesson, for `section`. */
  headingIds: string[];
  /** The lesson's h2/h3 headings with their text, to pick a section and to link "read more". */
  sections: Array<{ id: string; text: string }>;
  /** Course id → objective codes, for `objectives`. */
  objectiveCodes: Record<string, string[]>;
  /** Used when the question names no objectives of its own. */
  lessonObjectives: Record<string, string[]>;
};

export async function loadEditorContext(db: Db, lessonId: string): Promise<EditorContext> {
  const lesson = await db.lesson.findUnique({
    where: { id: lessonId },
    select: { id: true, title: true, linkCheck: true, toc: true, examObjectives: { select: { objective: { select: { courseId: true, code: true } } } } },
  });
  if (!lesson) throw new AppError('NOT_FOUND', `No lesson has the id "${lessonId}".`);
  const objectives = await db.objective.findMany({ select: { courseId: true, code: true }, orderBy: [{ courseId: 'asc' }, { order: 'asc' }] });
  return {
    lessonId: lesson.id,
    lessonTitle: lesson.title,
    headingIds: (lesson.linkCheck as { headingIds?: string[] }).headingIds ?? [],
    sections: (lesson.toc as Array<{ id: string; text: string }>).map(({ id, text }) => ({ id, text })),
    objectiveCodes: groupCodes(objectives),
    lessonObjectives: groupCodes(lesson.examObjectives.map((e) => e.objective)),
  };
}

function groupCodes(rows: Array<{ courseId: string; code: string }>): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const row of rows) (grouped[row.courseId] ??= []).push(row.code);
  return grouped;
}
