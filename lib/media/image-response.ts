// Served images never run anything: an SVG opened directly (not through <img>) is a document,
// so it gets a policy that allows no script, no loads and no forms, in a sandbox.
const imagePolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
const oneYear = 31_536_000;

/**
 * The response for a stored image. Its address contains its hash, so it can be cached for good;
 * the ETag is the hash too, for clients that revalidate anyway.
 */
export function imageResponse(image: { hash: string; type: string; bytes: Uint8Array<ArrayBuffer> }, ifNoneMatch: string | null): Response {
  const etag = `"${image.hash}"`;
  const headers = new Headers({
    'Cache-Control': `public, max-age=${oneYear}, immutable`,
    ETag: etag,
    'Content-Security-Policy': imagePolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return new Response(null, { status: 304, headers });
  headers.set('Content-Type', image.type);
  headers.set('Content-Length', String(image.bytes.byteLength));
  return new Response(image.bytes, { status: 200, headers });
}
