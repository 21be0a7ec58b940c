import { createHash } from 'node:crypto';
import { imageSize } from 'image-size';
import { AppError } from '../errors';
import { mediaUrl, type MediaType } from './media-url';
import { sanitizeSvg } from './sanitize-svg';

/** A photo or screenshot fits in 2 MB as WebP or JPEG; a diagram is better as SVG anyway. */
export const maxImageBytes = 2_000_000;
/** A hand-drawn or exported diagram is a few kilobytes; much more is usually embedded raster data. */
export const maxSvgBytes = 500_000;
/** Wider than any screen at 2x; bigger images only cost learners bandwidth. */
export const maxImageSide = 8_000;

const sniffedTypes: Record<string, MediaType> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp', svg: 'image/svg+xml' };

export type PreparedImage = { hash: string; type: MediaType; width: number; height: number; bytes: Uint8Array<ArrayBuffer>; url: string };

const refuse = (message: string) => new AppError('INVALID_INPUT', message);

/**
 * Checks an image by its bytes, never by its name or declared type: PNG, JPEG, WebP or SVG,
 * within the size limits, with known dimensions. An SVG is sanitized first, and what is stored,
 * hashed and measured is the sanitized document. Throws INVALID_INPUT with a sentence saying why.
 */
export function prepareImage(input: Uint8Array): PreparedImage {
  if (input.byteLength === 0) throw refuse('The file is empty.');
  if (input.byteLength > maxImageBytes)
    throw refuse(`The image is ${megabytes(input.byteLength)}; the most is ${megabytes(maxImageBytes)}. Export it smaller or as WebP.`);
  const type = sniff(input);
  const bytes = type === 'image/svg+xml' ? svgBytes(input) : new Uint8Array(input);
  const { width, height } = measure(bytes);
  if (width > maxImageSide || height > maxImageSide) throw refuse(`The image is ${width}×${height} pixels; the most is ${maxImageSide} on each side.`);
  const hash = createHash('sha256').update(bytes).digest('hex');
  return { hash, type, width, height, bytes, url: mediaUrl({ hash, width, height, type }) };
}

function sniff(bytes: Uint8Array): MediaType {
  let detected: string | undefined;
  try {
    detected = imageSize(bytes).type;
  } catch {
    // An SVG without a size is still an SVG: measuring it after sanitizing says what is missing.
    detected = /<svg[\s>]/.test(Buffer.from(bytes.subarray(0, 1000)).toString('utf8')) ? 'svg' : undefined;
  }
  const type = detected && sniffedTypes[detected];
  if (!type) throw refuse(`This is not a PNG, JPEG, WebP or SVG image${detected ? ` (it is ${detected.toUpperCase()})` : ''}.`);
  return type;
}

function svgBytes(input: Uint8Array): Uint8Array<ArrayBuffer> {
  if (input.byteLength > maxSvgBytes)
    throw refuse(`The SVG is ${megabytes(input.byteLength)}; the most is ${megabytes(maxSvgBytes)}. Remove embedded pictures or simplify it.`);
  const clean = sanitizeSvg(Buffer.from(input).toString('utf8'));
  if (!clean) throw refuse('The SVG has no <svg> element.');
  return new Uint8Array(Buffer.from(clean, 'utf8'));
}

function measure(bytes: Uint8Array): { width: number; height: number } {
  try {
    const { width, height } = imageSize(bytes);
    if (width >= 1 && height >= 1) return { width: Math.round(width), height: Math.round(height) };
  } catch {
    // Reported below, in words the author can act on.
  }
  throw refuse('The image has no readable width and height (an SVG needs a viewBox, or width and height).');
}

function megabytes(bytes: number): string {
  return bytes >= 100_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes / 1000)} KB`;
}
