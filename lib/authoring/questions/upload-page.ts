import type { Viewer } from '../../auth/roles';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { readJsonColumn } from '../../db/json-column';
import { questionSchema } from '../../questions/schema';
import { loadEditorContext } from './editor-context';
import { previewQuestion, type QuestionPreview } from './preview';

/** Questions rendered per page of an upload's preview: a page is tens of kilobytes, never megabytes. */
export const uploadPageSize = 25;

export type UploadPage = {
  number: number;
  pages: number;
  questions: Array<{ line: number; id: string; type: string; preview: QuestionPreview }>;
};

/** The uploader's own upload, or NOT_FOUND: another instructor's upload is not theirs to read. */
export async function ownUpload(db: Db, viewer: Viewer, uploadId: string) {
  const upload = await db.questionUpload.findFirst({ where: { id: uploadId, authorId: viewer.id } });
  if (!upload) throw new AppError('NOT_FOUND', 'This upload is gone: it was imported, replaced by a newer upload, or never existed. Upload the file again.');
  return upload;
}

/** One page (1-based) of an upload's questions, rendered as learners will see them. */
export async function uploadPage(db: Db, viewer: Viewer, uploadId: string, number: number): Promise<UploadPage> {
  const upload = await ownUpload(db, viewer, uploadId);
  const pages = Math.max(1, Math.ceil(upload.questionCount / uploadPageSize));
  if (number > pages) throw new AppError('NOT_FOUND', `This upload has ${pages} page${pages === 1 ? '' : 's'} of questions; there is no page ${number}.`);
  const items = await db.questionUploadItem.findMany({
    where: { uploadId, position: { gte: (number - 1) * uploadPageSize, lt: number * uploadPageSize } },
    orderBy: { position: 'asc' },
  });
  const context = await loadEditorContext(db, upload.lessonId);
  const lesson = { id: context.lessonId, title: context.lessonTitle, sections: context.sections };
  const questions = await Promise.all(
    items.map(async ({ line, question }) => {
      const entry = readJsonColumn(questionSchema, question, 'QuestionUploadItem.question');
      return { line, id: entry.id, type: entry.type, preview: await previewQuestion(entry, lesson) };
    }),
  );
  return { number, pages, questions };
}
