import { displayPath } from '../content/content-files';
import { errorsOnly, InvalidContentError } from '../content/problems';
import { checkContent } from '../content/sync';
import { AppError } from '../errors';
import type { ExportLoss } from './formats/export-losses';
import { exportGift } from './formats/gift-export';
import { exportMoodleXml } from './formats/moodle-xml/moodle-xml-export';
import type { LoadedQuestion } from './load-questions';

export const exportFormats = ['gift', 'moodle-xml'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export type QuestionExport = {
  /** The exported document, GIFT or Moodle XML. */
  text: string;
  lessons: number;
  exported: number;
  /** Questions the format cannot express, with where they are written. */
  skipped: Array<{ question: LoadedQuestion; reason: string }>;
  /** Generated entries, written as that many frozen variants. */
  frozen: Array<{ question: LoadedQuestion; variants: number }>;
  /** Parts of exported questions the format cannot hold (exhibits). */
  lost: Array<{ question: LoadedQuestion; feature: string; reason: string }>;
};

/**
 * The content's questions as one document, in reading order, each lesson under its own category:
 * GIFT `$CATEGORY: netprep/<lesson id>` (re-imported, the category becomes the lesson id as a
 * tag), Moodle XML `$course$/top/netprep/<lesson id>` (re-imported, Netprep's own questions keep
 * their tags as written). Refuses invalid content, as a partial export would silently miss questions.
 */
export async function exportQuestions(contentDir: string, lessonId?: string, variants?: number, format: ExportFormat = 'gift'): Promise<QuestionExport> {
  const checked = await checkContent(contentDir);
  if (errorsOnly(checked.problems).length) throw new InvalidContentError(checked.problems);
  const lessons = checked.lessons.filter((l) => lessonId === undefined || l.frontmatter.id === lessonId);
  if (lessons.length === 0) throw new AppError('UNKNOWN_LESSON', `No lesson has the id "${lessonId}" in ${displayPath(contentDir)}.`);

  const groups = lessons
    .map((lesson) => ({ lessonId: lesson.frontmatter.id, loaded: checked.questions.filter((q) => q.lessonId === lesson.frontmatter.id) }))
    .filter((group) => group.loaded.length > 0);
  if (groups.length === 0) throw new AppError('NOTHING_TO_EXPORT', `${lessonId ? `Lesson ${lessonId} has` : 'The content has'} no questions to export.`);
  const all = groups.flatMap((group) => group.loaded);
  const byId = (id: string) => all.find((q) => q.question.id === id)!;
  const result: QuestionExport = { text: '', lessons: groups.length, exported: 0, skipped: [], frozen: [], lost: [] };
  const lostOf = (lost: ExportLoss[]) => lost.map(({ id, feature, reason }) => ({ question: byId(id), feature, reason }));

  if (format === 'moodle-xml') {
    const { xml, frozen, lost } = exportMoodleXml(
      groups.map((group) => ({ category: `$course$/top/netprep/${group.lessonId}`, questions: group.loaded.map((q) => q.question) })),
      { variants },
    );
    return {
      ...result,
      text: xml,
      exported: all.length,
      frozen: frozen.map(({ id, variants: count }) => ({ question: byId(id), variants: count })),
      lost: lostOf(lost),
    };
  }
  const documents: string[] = [];
  for (const group of groups) {
    const { gift, skipped, frozen, lost } = exportGift(
      group.loaded.map((q) => q.question),
      { category: `netprep/${group.lessonId}`, variants },
    );
    documents.push(gift);
    result.exported += group.loaded.length - skipped.length;
    for (const { id, reason } of skipped) result.skipped.push({ question: byId(id), reason });
    for (const { id, variants: count } of frozen) result.frozen.push({ question: byId(id), variants: count });
    result.lost.push(...lostOf(lost));
  }
  return { ...result, text: documents.join('\n') };
}
