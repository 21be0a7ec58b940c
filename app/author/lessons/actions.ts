'use server';

import { z } from 'zod';
import { int, text } from '@/lib/http/input';
import { editBaseSchema } from '@/lib/authoring/edit-base';
import { discardLessonDraft, saveLessonDraft } from '@/lib/authoring/lesson-drafts';
import { previewLesson } from '@/lib/authoring/preview';
import { giveBackToFile, publishLesson, restoreRevision } from '@/lib/authoring/publish-lesson';
import { db } from '@/lib/db/client';
import { action } from '@/lib/http/action';

const lessonId = text.min(1).max(120);
const source = text.max(500_000);
const editorState = z.object({ lessonId: lessonId.nullable(), draftId: z.uuid().nullable(), source, base: editBaseSchema });
const lessonPaths = (id: string | null) => ['/author', ...(id ? [`/author/lessons/${id}`, `/author/lessons/${id}/history`, `/lessons/${id}`] : [])];

export const saveLessonDraftAction = action({
  input: editorState,
  access: 'instructor',
  handler: async ({ input, viewer }) => saveLessonDraft(db(), { ...input, actorId: viewer.id }),
});

export const discardLessonDraftAction = action({
  input: z.object({ draftId: z.uuid() }),
  access: 'instructor',
  handler: async ({ input, viewer }) => discardLessonDraft(db(), { draftId: input.draftId, actorId: viewer.id }),
  revalidate: () => ['/author'],
});

export const previewLessonAction = action({
  input: z.object({ lessonId: lessonId.nullable(), source }),
  access: 'instructor',
  handler: async ({ input }) => previewLesson(db(), input.source, input.lessonId),
});

export const publishLessonAction = action({
  input: editorState,
  access: 'instructor',
  handler: async ({ input, viewer }) => publishLesson(db(), { ...input, actorId: viewer.id }),
  revalidate: (input) => lessonPaths(input.lessonId),
});

export const restoreRevisionAction = action({
  input: z.object({ lessonId, number: int.positive() }),
  access: 'instructor',
  handler: async ({ input, viewer }) => restoreRevision(db(), { ...input, actorId: viewer.id }),
  revalidate: (input) => lessonPaths(input.lessonId),
});

export const giveBackToFileAction = action({
  input: z.object({ lessonId }),
  access: 'instructor',
  handler: async ({ input, viewer }) => giveBackToFile(db(), { lessonId: input.lessonId, actorId: viewer.id }),
  revalidate: (input) => lessonPaths(input.lessonId),
});
