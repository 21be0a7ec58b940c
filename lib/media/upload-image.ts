import type { Viewer } from '../auth/roles';
import { recordAudit } from '../authoring/audit';
import type { Db } from '../db/client';
import { prepareImage } from './prepare-image';
import { storeImage } from './store-image';
import { mediaExtensions } from './media-url';

export type UploadedImage = { url: string; width: number; height: number; type: string; created: boolean };

/**
 * An instructor's image upload: checked and (SVG) sanitized by `prepareImage`, then stored once
 * by its hash. The first upload of an image is audited; the same image again changes nothing.
 */
export async function uploadImage(db: Db, viewer: Viewer, bytes: Uint8Array): Promise<UploadedImage> {
  const image = prepareImage(bytes);
  const { url, width, height, type, hash } = image;
  const created = await db.$transaction(async (tx) => {
    const stored = await storeImage(tx, image);
    if (stored.created) {
      const summary = `Uploaded a ${width}×${height} ${mediaExtensions[type].toUpperCase()} image`;
      await recordAudit(tx, { actorId: viewer.id, action: 'image.upload', entityType: 'image', entityId: hash, summary, detail: { url } });
    }
    return stored.created;
  });
  return { url, width, height, type, created };
}
