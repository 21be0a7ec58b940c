/**
 * The one address of a stored image: `/media/<sha-256>-<width>x<height>.<ext>`. The hash names the
 * bytes and the size is theirs, so the address never changes what it shows (immutable caching),
 * and a page can reserve the image's box from the address alone, with no database lookup:
 * lessons and questions are compiled off the request thread, where there is none.
 */
export const mediaExtensions = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/svg+xml': 'svg' } as const;

export type MediaType = keyof typeof mediaExtensions;

export type MediaRef = { hash: string; width: number; height: number; extension: string };

const pattern = /^\/media\/([0-9a-f]{64})-([1-9]\d{0,4})x([1-9]\d{0,4})\.(png|jpg|webp|svg)$/;

export function mediaUrl({ hash, width, height, type }: { hash: string; width: number; height: number; type: MediaType }): string {
  return `/media/${hash}-${width}x${height}.${mediaExtensions[type]}`;
}

/** The parts of a media address, or null when `url` is not one. */
export function parseMediaUrl(url: string): MediaRef | null {
  const match = pattern.exec(url);
  return match ? { hash: match[1], width: Number(match[2]), height: Number(match[3]), extension: match[4] } : null;
}
