import type { Viewer } from '../../auth/roles';
import type { ContentProblem } from '../../content/problems';
import { readJsonColumn } from '../../db/json-column';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { parseOffThread } from '../../questions/parse-pool';
import type { ImportLoss } from '../../questions/formats/import-result';
import type { ImportFormat } from '../../questions/parse-import';
import { questionSchema, type Question } from '../../questions/schema';
import { recordAudit } from '../audit';
import { loadEditorContext, type EditorContext } from './editor-context';
import { storeBrowserQuestion } from './store-question';
import { databaseProblems } from './upload-checks';
import { ownUpload, uploadPage, type UploadPage } from './upload-page';

export type UploadInput = { lessonId: string; format: ImportFormat; text: string; fileName: string };

/** Problems, skipped questions and losses kept for the preview; the counts say how many there were in all. */
export const listedProblemLimit = 200;
const itemBatch = 1_000;

/** What an upload would create and every problem by line (the first few hundred); nothing is imported. */
export type UploadPreview = {
  uploadId: string;
  fileName: string;
  questionCount: number;
  errorCount: number;
  problemCount: number;
  problems: ContentProblem[];
  skipped: Array<{ line: number; title?: string; reason: string }>;
  skippedCount: number;
  /** Parts of imported questions that were not kept (answer feedback a type cannot hold, …). */
  losses: ImportLoss[];
  lossCount: number;
  /** True when there is something to import and no error. */
  importable: boolean;
  /** The first page of questions; later pages are read with `uploadPage`. */
  page: UploadPage;
};

/**
 * Parses an uploaded bank off the request thread with the same importers as `questions:import`,
 * checks it against the database, and keeps the result as the author's one pending upload (any
 * earlier one is dropped), so its pages can be read and it can be imported without sending the
 * file again.
 */
export async function storeUpload(db: Db, viewer: Viewer, input: UploadInput, now: Date): Promise<UploadPreview> {
  const context = await loadEditorContext(db, input.lessonId);
  const result = await parseOffThread(input.text, input.format, input.fileName);
  const problems = [...result.problems, ...(await databaseProblems(db, context, input.fileName, result.questions))].sort((a, b) => a.line - b.line);
  const errorCount = problems.filter((p) => p.severity === 'error').length;
  const upload = await db.$transaction(
    async (tx) => {
      await tx.questionUpload.deleteMany({ where: { authorId: viewer.id } });
      const created = await tx.questionUpload.create({
        data: {
          authorId: viewer.id,
          lessonId: input.lessonId,
          format: input.format,
          fileName: input.fileName,
          problems: problems.slice(0, listedProblemLimit),
          problemCount: problems.length,
          errorCount,
          skipped: result.skipped.slice(0, listedProblemLimit),
          questionCount: result.questions.length,
          createdAt: now,
        },
      });
      for (let start = 0; start < result.questions.length; start += itemBatch) {
        const batch = result.questions.slice(start, start + itemBatch);
        await tx.questionUploadItem.createMany({ data: batch.map(({ line, question }, i) => ({ uploadId: created.id, position: start + i, line, question })) });
      }
      return created;
    },
    { timeout: 60_000 },
  );
  return {
    uploadId: upload.id,
    fileName: input.fileName,
    questionCount: result.questions.length,
    errorCount,
    problemCount: problems.length,
    problems: problems.slice(0, listedProblemLimit),
    skipped: result.skipped.slice(0, listedProblemLimit),
    skippedCount: result.skipped.length,
    losses: result.losses.slice(0, listedProblemLimit),
    lossCount: result.losses.length,
    importable: result.questions.length > 0 && errorCount === 0,
    page: await uploadPage(db, viewer, upload.id, 1),
  };
}

/**
 * Imports the author's pending upload, checked against the database again (another author may
 * have taken an id since the preview). `publish` makes the questions live at once; `drafts`
 * keeps them as new-question drafts for review first. The upload is deleted once imported.
 */
export async function confirmUpload(db: Db, viewer: Viewer, input: { uploadId: string; as: 'publish' | 'drafts' }) {
  const upload = await ownUpload(db, viewer, input.uploadId);
  const items = await db.questionUploadItem.findMany({ where: { uploadId: upload.id }, orderBy: { position: 'asc' } });
  const entries = items.map(({ line, question }) => ({ line, question: readJsonColumn(questionSchema, question, 'QuestionUploadItem.question') }));
  const context = await loadEditorContext(db, upload.lessonId);
  const fresh = await databaseProblems(db, context, upload.fileName, entries);
  if (upload.errorCount > 0 || entries.length === 0 || fresh.length > 0) {
    const first = fresh[0] ? ` Line ${fresh[0].line}: ${fresh[0].message}.` : '';
    throw new AppError('INVALID_INPUT', `The file has errors (or no questions); fix them and upload it again. Nothing was saved.${first}`);
  }
  const questions = entries.map((q) => q.question);
  await db.$transaction(
    async (tx) => {
      // First and inside the transaction, so a double submit imports once: the second finds no upload.
      const { count } = await tx.questionUpload.deleteMany({ where: { id: upload.id } });
      if (count === 0) throw new AppError('CONFLICT', 'This upload was just imported; see the lesson’s questions.');
      for (const question of questions) {
        if (input.as === 'drafts') await tx.questionDraft.create({ data: { lessonId: upload.lessonId, entry: question, authorId: viewer.id } });
        else await publishImported(tx, viewer, question, context);
      }
      await recordAudit(tx, {
        actorId: viewer.id,
        action: 'questions.import',
        entityType: 'lesson',
        entityId: upload.lessonId,
        summary: `Imported ${questions.length} question${questions.length === 1 ? '' : 's'} from ${upload.fileName} (${upload.format}) as ${input.as === 'drafts' ? 'drafts' : 'published questions'}`,
        detail: { format: upload.format, file: upload.fileName, as: input.as, questionIds: questions.map((q) => q.id) },
      });
    },
    { timeout: 60_000 },
  );
  return { count: questions.length, as: input.as, lessonId: upload.lessonId };
}

async function publishImported(tx: Parameters<typeof storeBrowserQuestion>[0], viewer: Viewer, question: Question, context: EditorContext) {
  const stored = await storeBrowserQuestion(tx, question, { lessonId: context.lessonId, lessonObjectives: context.lessonObjectives, isNew: true });
  await recordAudit(tx, {
    actorId: viewer.id,
    action: 'question.create',
    entityType: 'question',
    entityId: question.id,
    summary: `Created question ${question.id} by import`,
    detail: { version: stored.version, lessonId: context.lessonId },
  });
}
