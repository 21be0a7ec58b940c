import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { route, segment } from '@/lib/http/route';
import { imageResponse } from '@/lib/media/image-response';
import { parseMediaUrl } from '@/lib/media/media-url';
import { findImage } from '@/lib/media/store-image';

/** A stored image, by the address lessons and questions show it at. Images are public, as lessons are. */
export const GET = route({
  access: 'public',
  handler: async ({ params, request }) => {
    const ref = parseMediaUrl(`/media/${segment(params, 'name')}`);
    const image = ref && (await findImage(db(), ref.hash));
    if (!image) throw new AppError('NOT_FOUND', 'No such image.');
    return imageResponse(image, request.headers.get('if-none-match'));
  },
});
