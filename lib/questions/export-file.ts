import { displayPath } from '../content/content-files';
import { errorsOnly, InvalidContentError } from '../content/problems';
import { checkContent } from '../content/sync';
import { AppError } from '../errors';
import { exportGift } from './formats/gift-export';
import type { LoadedQuestion } from './load-questions';

export type QuestionExport = {
  gift: string;
  lessons: number;
  exported: number;
  /** Questions GIFT cannot express, with where they are written. */
  skipped: Array<{ question: LoadedQuestion; reason: string }>;
  /** Generated entries, written as that many frozen variants. */
  frozen: Array<{ question: LoadedQuestion; variants: number }>;
};

/**
 * The content's questions as one GIFT document, in reading order, each lesson under its own
 * `$CATEGORY: netprep/<lesson id>` (re-imported, the category becomes the lesson id as a tag).
 * Refuses invalid content, as a partial export would silently miss questions.
 */
export async function exportQuestions(contentDir: string, lessonId?: string, variants?: number): Promise<QuestionExport> {
  const checked = await checkContent(contentDir);
  if (errorsOnly(checked.problems).length) throw new InvalidContentError(checked.problems);
  const lessons = checked.lessons.filter((l) => lessonId === undefined || l.frontmatter.id === lessonId);
  if (lessons.length === 0) throw new AppError('UNKNOWN_LESSON', `No lesson has the id "${lessonId}" in ${displayPath(contentDir)}.`);

  const documents: string[] = [];
  const result: QuestionExport = { gift: '', lessons: 0, exported: 0, skipped: [], frozen: [] };
  for (const lesson of lessons) {
    const loaded = checked.questions.filter((q) => q.lessonId === lesson.frontmatter.id);
    if (loaded.length === 0) continue;
    const { gift, skipped, frozen } = exportGift(
      loaded.map((q) => q.question),
      { category: `netprep/${lesson.frontmatter.id}`, variants },
    );
    documents.push(gift);
    result.lessons++;
    result.exported += loaded.length - skipped.length;
    for (const { id, reason } of skipped) result.skipped.push({ question: loaded.find((q) => q.question.id === id)!, reason });
    for (const { id, variants: count } of frozen) result.frozen.push({ question: loaded.find((q) => q.question.id === id)!, variants: count });
  }
  if (documents.length === 0) throw new AppError('NOTHING_TO_EXPORT', `${lessonId ? `Lesson ${lessonId} has` : 'The content has'} no questions to export.`);
  return { ...result, gift: documents.join('\n') };
}
