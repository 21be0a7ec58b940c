/**
 * Checks that run in `proxy.ts` before Next.js sees a request. Next answers these inputs with a
 * bare 500 of its own (a path that is not valid percent-encoding, an action body over its limit,
 * an action from another origin), so they are refused here with the status that says what was
 * wrong. A malformed `Next-Router-State-Tree` header cannot be screened: Next removes its routing
 * headers before the proxy sees the request.
 */

export type Refusal = { status: 400 | 403 | 413; message: string };

/** Next's own limit for a server action body; our route handlers apply the same one. */
export const maxActionBodyBytes = 1024 * 1024;

type ScreenedRequest = {
  method: string;
  /** As sent, still percent-encoded. */
  rawPathname: string;
  header(name: string): string | null;
};

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Endpoints an LMS's page posts to from its own origin (LTI 1.3 login initiation and launch).
 * They act on no session: a launch is trusted only for its signed id_token and its state cookie.
 */
const crossSitePosts = new Set(['/api/lti/login', '/api/lti/launch']);

export function screenRequest(request: ScreenedRequest): Refusal | null {
  if (!decodesCleanly(request.rawPathname)) return { status: 400, message: 'The address is not valid percent-encoding.' };

  if (stateChanging.has(request.method.toUpperCase())) {
    const origin = request.header('origin');
    // Browsers send Origin with every POST; tools that send none are not a cross-site forgery.
    if (origin !== null && !crossSitePosts.has(request.rawPathname) && !sameHost(origin, request.header('x-forwarded-host') ?? request.header('host'))) {
      return { status: 403, message: 'Requests that change data must come from this site.' };
    }
    const length = Number(request.header('content-length') ?? 0);
    if (request.header('next-action') !== null && length > maxActionBodyBytes) return { status: 413, message: 'The request body is larger than 1 MB.' };
  }
  return null;
}

function decodesCleanly(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function sameHost(origin: string, host: string | null): boolean {
  if (host === null || !URL.canParse(origin)) return false;
  return new URL(origin).host === host.split(',')[0].trim().toLowerCase();
}
