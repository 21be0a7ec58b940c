'use server';

import { z } from 'zod';
import { text } from '@/lib/http/input';
import { confirmUpload, previewUpload } from '@/lib/authoring/questions/upload';
import { db } from '@/lib/db/client';
import { action } from '@/lib/http/action';

const upload = z.object({
  lessonId: text.min(1, 'Choose a lesson.').max(200),
  format: z.enum(['gift', 'aiken']),
  // Under the 1 MB body limit of server actions, with room for the JSON around it.
  text: text.min(1, 'Choose a file or paste its text.').max(900_000, 'The file is over 900 KB; split it into smaller files.'),
  fileName: text.trim().min(1).max(200),
});

/** Runs the importers and shows what would be created; writes nothing. */
export const previewQuestionUploadAction = action({
  input: upload,
  access: 'instructor',
  handler: ({ input }) => previewUpload(db(), input),
});

export const confirmQuestionUploadAction = action({
  input: upload.extend({ as: z.enum(['publish', 'drafts']) }),
  access: 'instructor',
  handler: ({ input, viewer }) => confirmUpload(db(), viewer, input),
  revalidate: () => ['/author/questions'],
});
