'use server';

import { z } from 'zod';
import { text } from '@/lib/http/input';
import { confirmUpload, previewUpload } from '@/lib/authoring/upload-lesson';
import { db } from '@/lib/db/client';
import { action } from '@/lib/http/action';

const upload = z.object({ fileName: text.min(1).max(255).regex(/\.md$/i, 'choose a .md file'), text: text.max(500_000) });

export const previewLessonUploadAction = action({
  input: upload,
  access: 'instructor',
  handler: async ({ input }) => previewUpload(db(), input),
});

export const confirmLessonUploadAction = action({
  input: upload.extend({ publish: z.boolean() }),
  access: 'instructor',
  handler: async ({ input, viewer }) => confirmUpload(db(), { ...input, actorId: viewer.id }),
  revalidate: () => ['/author'],
});
