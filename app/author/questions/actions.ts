'use server';

import { z } from 'zod';
import { int, json, text } from '@/lib/http/input';
import { checkEntry } from '@/lib/authoring/questions/check-entry';
import { discardDraft, saveDraft } from '@/lib/authoring/questions/drafts';
import { loadEditorContext } from '@/lib/authoring/questions/editor-context';
import { setArchived, restoreVersion } from '@/lib/authoring/questions/history';
import { previewQuestion } from '@/lib/authoring/questions/preview';
import { publishQuestion } from '@/lib/authoring/questions/publish';
import { db } from '@/lib/db/client';
import { action } from '@/lib/http/action';

const id = text.min(1).max(200);
// A question entry as the editor holds it; its content is checked by the question schema, not here.
const entry = z.record(text, json).refine((value) => JSON.stringify(value).length <= 100_000, 'the question is too long');
const target = { lessonId: id, questionId: id.nullable(), draftId: id.nullable() };
const pages = (questionId: string | null) => [
  '/author/questions',
  ...(questionId ? [`/author/questions/${questionId}`, `/author/questions/${questionId}/history`] : []),
];

export const saveQuestionDraftAction = action({
  input: z.object({ ...target, entry, baseUpdatedAt: text.max(40).nullable() }),
  access: 'instructor',
  handler: ({ input, viewer }) => saveDraft(db(), viewer, input),
});

export const discardQuestionDraftAction = action({
  input: z.object({ draftId: id }),
  access: 'instructor',
  handler: async ({ input, viewer }) => {
    await discardDraft(db(), viewer, input.draftId);
    return null;
  },
  revalidate: () => pages(null),
});

/** The live preview: the same checks as publishing, and the question rendered as learners get it. */
export const previewQuestionAction = action({
  input: z.object({ lessonId: id, entry }),
  access: 'instructor',
  handler: async ({ input }) => {
    const context = await loadEditorContext(db(), input.lessonId);
    const checked = checkEntry(input.entry, context);
    if (!checked.question) return { errors: checked.errors, preview: null };
    return { errors: null, preview: await previewQuestion(checked.question, { id: context.lessonId, title: context.lessonTitle, sections: context.sections }) };
  },
});

export const publishQuestionAction = action({
  input: z.object({ ...target, entry }),
  access: 'instructor',
  handler: ({ input, viewer }) => publishQuestion(db(), viewer, input),
  revalidate: (input) => pages(input.questionId ?? null),
});

export const restoreQuestionVersionAction = action({
  input: z.object({ questionId: id, version: int.positive() }),
  access: 'instructor',
  handler: ({ input, viewer }) => restoreVersion(db(), viewer, input),
  revalidate: (input) => pages(input.questionId),
});

export const archiveQuestionAction = action({
  input: z.object({ questionId: id, archived: z.boolean() }),
  access: 'instructor',
  handler: async ({ input, viewer }) => {
    await setArchived(db(), viewer, input);
    return null;
  },
  revalidate: (input) => pages(input.questionId),
});
