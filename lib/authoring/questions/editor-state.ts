import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { loadEditorContext, type EditorContext } from './editor-context';

/** Everything the editor page needs: the published entry, the draft if any, and the lesson to check against. */
export type EditorState = {
  context: EditorContext;
  questionId: string | null;
  draft: { id: string; updatedAt: string } | null;
  /** The draft's entry when there is a draft, else the published one. */
  entry: unknown;
  published: { entry: unknown; version: number; owner: 'FILE' | 'BROWSER'; archived: boolean } | null;
};

export async function loadQuestionEditor(db: Db, questionId: string): Promise<EditorState> {
  const question = await db.question.findUnique({
    where: { id: questionId },
    select: { lessonId: true, owner: true, archivedAt: true, currentVersion: { select: { body: true, version: true } } },
  });
  if (!question?.currentVersion) throw new AppError('NOT_FOUND', 'No such question.');
  const draft = await db.questionDraft.findUnique({ where: { questionId }, select: { id: true, updatedAt: true, entry: true } });
  const published = {
    entry: question.currentVersion.body,
    version: question.currentVersion.version,
    owner: question.owner,
    archived: question.archivedAt !== null,
  };
  return {
    context: await loadEditorContext(db, question.lessonId),
    questionId,
    draft: draft && { id: draft.id, updatedAt: draft.updatedAt.toISOString() },
    entry: draft?.entry ?? published.entry,
    published,
  };
}

/** A new question: from its draft when it has one, else a blank single-answer question in the lesson. */
export async function loadNewQuestionEditor(db: Db, input: { lessonId?: string; draftId?: string }): Promise<EditorState> {
  if (input.draftId) {
    const draft = await db.questionDraft.findFirst({
      where: { id: input.draftId, questionId: null },
      select: { id: true, lessonId: true, updatedAt: true, entry: true },
    });
    if (!draft) throw new AppError('NOT_FOUND', 'That draft no longer exists; it may have been published or discarded.');
    return {
      context: await loadEditorContext(db, draft.lessonId),
      questionId: null,
      draft: { id: draft.id, updatedAt: draft.updatedAt.toISOString() },
      entry: draft.entry,
      published: null,
    };
  }
  if (!input.lessonId) throw new AppError('NOT_FOUND', 'Choose the lesson the question belongs to.');
  return { context: await loadEditorContext(db, input.lessonId), questionId: null, draft: null, entry: blankQuestion, published: null };
}

const blankQuestion = {
  id: '',
  type: 'single',
  stem: '',
  options: [
    { id: 'a', text: '' },
    { id: 'b', text: '' },
  ],
  answer: 'a',
  explanation: '',
};
