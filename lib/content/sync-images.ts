import path from 'node:path';
import type { Db } from '../db/client';
import { storeImage } from '../media/store-image';
import type { ContentImage, FolderImages } from './load-images';

/**
 * Stores the content tree's images and records where each was found. Images themselves are never
 * deleted (a published lesson or a past revision may still show one); a path that is gone is.
 */
export async function syncImages(db: Db, images: ContentImage[]): Promise<void> {
  for (const image of images) await storeImage(db, image);
  await db.$transaction([
    db.contentImagePath.deleteMany({ where: { path: { notIn: images.map((i) => i.file) } } }),
    ...images.map(({ file, url }) => db.contentImagePath.upsert({ where: { path: file }, create: { path: file, url }, update: { url } })),
  ]);
}

/** The images a lesson stored from `lessonFile` may show, keyed as it writes them, as the last sync found them. */
export async function storedFolderImages(db: Db, lessonFile: string): Promise<FolderImages> {
  const folder = path.posix.dirname(lessonFile);
  const rows = await db.contentImagePath.findMany({ where: { path: { startsWith: `${folder}/images/` } } });
  return Object.fromEntries(rows.map((row) => [path.posix.relative(folder, row.path), row.url]));
}
