import { z } from 'zod';
import { storeUpload } from '@/lib/authoring/questions/upload';
import { uploadPage } from '@/lib/authoring/questions/upload-page';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { int, text } from '@/lib/http/input';
import { route } from '@/lib/http/route';

// A question bank of about 40,000 GIFT questions; bigger banks are better split by lesson anyway.
const maxUploadBytes = 10_000_000;

/** Uploads a question bank as the request body (the file itself, not JSON) and answers with the first page of its preview. */
export const POST = route({
  access: 'instructor',
  body: 'file',
  maxBodyBytes: maxUploadBytes,
  input: z.object({
    lessonId: text.min(1, 'Choose a lesson.').max(200),
    format: z.enum(['gift', 'aiken', 'moodle-xml'], 'Choose GIFT, Aiken or Moodle XML.'),
    fileName: text.trim().min(1, 'Name the file.').max(200),
  }),
  handler: async ({ input, viewer, body, now }) => {
    if (!body.trim()) throw new AppError('INVALID_INPUT', 'The file is empty; choose a file or paste its text.');
    return Response.json({ ok: true, data: await storeUpload(db(), viewer, { ...input, text: body }, now) });
  },
});

/** Another page of the caller's pending upload. */
export const GET = route({
  access: 'instructor',
  input: z.object({
    id: z.uuid('No such upload.'),
    page: text
      .regex(/^\d{1,9}$/, 'The page is a number.')
      .transform(Number)
      .pipe(int.min(1)),
  }),
  handler: async ({ input, viewer }) => Response.json({ ok: true, data: await uploadPage(db(), viewer, input.id, input.page) }),
});
