import { db } from '@/lib/db/client';
import { maxImageBytes } from '@/lib/media/prepare-image';
import { uploadImage } from '@/lib/media/upload-image';
import { route } from '@/lib/http/route';

/** Uploads an image (the file itself as the body) and answers with its address and size. */
export const POST = route({
  access: 'instructor',
  body: 'bytes',
  maxBodyBytes: maxImageBytes,
  handler: async ({ viewer, bytes }) => Response.json({ ok: true, data: await uploadImage(db(), viewer, bytes) }),
});
