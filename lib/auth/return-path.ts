// A stand-in origin: only whether the value stays on it matters, not which origin it is.
const ownOrigin = 'http://netprep.invalid';

/**
 * Only same-site paths are followed after sign-in, so a crafted link cannot send people elsewhere.
 * The value is resolved the way a browser resolves it (tabs and newlines dropped, backslashes read
 * as slashes), so prefix checks on the raw text cannot be fooled by "/\t/evil.example".
 */
export function safeReturnPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return fallback;
  let url: URL;
  try {
    url = new URL(value, ownOrigin);
  } catch {
    return fallback;
  }
  // Dot segments can collapse to a leading "//" ("/.//evil.example"), which would be read as a host.
  if (url.origin !== ownOrigin || url.pathname.startsWith('//')) return fallback;
  return url.pathname + url.search + url.hash;
}
