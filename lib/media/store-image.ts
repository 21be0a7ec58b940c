import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import type { PreparedImage } from './prepare-image';

type Tx = Prisma.TransactionClient;

/** Stores an image once: the same bytes again are the same row. `created` tells which happened. */
export async function storeImage(db: Db | Tx, image: PreparedImage): Promise<{ created: boolean }> {
  const { hash, type, width, height, bytes } = image;
  const { count } = await db.mediaImage.createMany({ data: [{ hash, type, width, height, bytes }], skipDuplicates: true });
  return { created: count === 1 };
}

/** The stored image a media address names, or null. */
export function findImage(db: Db, hash: string) {
  return db.mediaImage.findUnique({ where: { hash }, select: { hash: true, type: true, bytes: true } });
}

/** Which of these hashes are not stored: a lesson or question that shows them would show a broken image. */
export async function missingImages(db: Db, hashes: string[]): Promise<string[]> {
  if (!hashes.length) return [];
  const found = await db.mediaImage.findMany({ where: { hash: { in: hashes } }, select: { hash: true } });
  const stored = new Set(found.map((row) => row.hash));
  return hashes.filter((hash) => !stored.has(hash));
}
