'use server';

import { z } from 'zod';
import { confirmUpload } from '@/lib/authoring/questions/upload';
import { db } from '@/lib/db/client';
import { action } from '@/lib/http/action';

/**
 * Imports the caller's pending upload. The file itself goes to /api/author/question-uploads (too
 * big for an action's 1 MB body), which parses it, keeps it and answers with its preview.
 */
export const confirmQuestionUploadAction = action({
  input: z.object({ uploadId: z.uuid('No such upload; upload the file again.'), as: z.enum(['publish', 'drafts']) }),
  access: 'instructor',
  handler: ({ input, viewer }) => confirmUpload(db(), viewer, input),
  revalidate: () => ['/author/questions'],
});
