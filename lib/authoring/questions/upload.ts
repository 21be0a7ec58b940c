import type { Viewer } from '../../auth/roles';
import type { ContentProblem } from '../../content/problems';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { parseImport, type ImportFormat } from '../../questions/import-file';
import type { Question } from '../../questions/schema';
import { recordAudit } from '../audit';
import { checkEntry } from './check-entry';
import { loadEditorContext, type EditorContext } from './editor-context';
import { previewQuestion, type QuestionPreview } from './preview';
import { storeBrowserQuestion } from './store-question';

export type UploadInput = { lessonId: string; format: ImportFormat; text: string; fileName: string };

/** What an upload would create, and every problem by line; nothing is written. */
export type UploadPreview = {
  questions: Array<{ line: number; id: string; type: string; preview: QuestionPreview }>;
  problems: ContentProblem[];
  skipped: Array<{ line: number; title?: string; reason: string }>;
  /** True when there is something to import and no error. */
  importable: boolean;
};

/**
 * Runs the same importers as `questions:import`, then the checks that need the database: the
 * lesson's headings and objectives, and ids already taken by questions of any lesson.
 */
async function parseUpload(db: Db, input: UploadInput) {
  const context = await loadEditorContext(db, input.lessonId);
  const result = parseImport(input.text, input.format, input.fileName);
  const taken = new Set(
    (await db.question.findMany({ where: { id: { in: result.questions.map((q) => q.question.id) } }, select: { id: true } })).map((q) => q.id),
  );
  for (const { line, question } of result.questions) {
    const error = (field: string | undefined, message: string) => result.problems.push({ file: input.fileName, line, field, message, severity: 'error' });
    const checked = checkEntry(question, context);
    // Rule problems were already reported by parseImport; only the lesson checks are new here.
    for (const [field, messages] of Object.entries(checked.errors ?? {})) if (field === 'section' || field.startsWith('objectives')) messages.forEach((m) => error(field, m));
    if (taken.has(question.id)) error('id', `a question with the id "${question.id}" already exists; give this one a ::title:: of its own`);
  }
  result.problems.sort((a, b) => a.line - b.line);
  const importable = result.questions.length > 0 && !result.problems.some((p) => p.severity === 'error');
  return { context, result, importable };
}

export async function previewUpload(db: Db, input: UploadInput): Promise<UploadPreview> {
  const { context, result, importable } = await parseUpload(db, input);
  const lesson = { id: context.lessonId, title: context.lessonTitle, sections: context.sections };
  const questions = await Promise.all(
    result.questions.map(async ({ line, question }) => ({ line, id: question.id, type: question.type, preview: await previewQuestion(question, lesson) })),
  );
  return { questions, problems: result.problems, skipped: result.skipped, importable };
}

/**
 * Imports what the preview showed, parsed again on the server from the same text (the browser's
 * copy of the questions is never trusted). `publish` makes them live at once; `drafts` keeps them
 * as new-question drafts for review first.
 */
export async function confirmUpload(db: Db, viewer: Viewer, input: UploadInput & { as: 'publish' | 'drafts' }) {
  const { context, result, importable } = await parseUpload(db, input);
  if (!importable) throw new AppError('INVALID_INPUT', 'The file has errors (or no questions); fix them and preview again. Nothing was saved.');
  const questions = result.questions.map((q) => q.question);
  await db.$transaction(async (tx) => {
    for (const question of questions) {
      if (input.as === 'drafts') await tx.questionDraft.create({ data: { lessonId: input.lessonId, entry: question, authorId: viewer.id } });
      else await publishImported(tx, viewer, question, context);
    }
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'questions.import',
      entityType: 'lesson',
      entityId: input.lessonId,
      summary: `Imported ${questions.length} question${questions.length === 1 ? '' : 's'} from ${input.fileName} (${input.format}) as ${input.as === 'drafts' ? 'drafts' : 'published questions'}`,
      detail: { format: input.format, file: input.fileName, as: input.as, questionIds: questions.map((q) => q.id) },
    });
  }, { timeout: 30_000 });
  return { count: questions.length, as: input.as };
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
