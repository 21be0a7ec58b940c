import { LaunchFailure } from './launch-failure';

/**
 * A refused launch. A browser (it asks for HTML) is sent with a 303 to the page that explains it;
 * any other client gets the same sentence as a JSON 400, like every other route's refusals.
 * Anything that is not a LaunchFailure is rethrown for the route wrapper, which hides its details.
 */
export function launchFailureResponse(error: unknown, request: Request): Response {
  if (!(error instanceof LaunchFailure)) throw error;
  if (!(request.headers.get('accept') ?? '').includes('text/html')) {
    return Response.json({ ok: false, code: `LTI_${error.reason}`, message: error.message }, { status: 400, headers: { 'cache-control': 'no-store' } });
  }
  const page = new URLSearchParams({ reason: error.reason, ...(error.retryState ? { retry: error.retryState } : {}) });
  return seeOther(`/lti/error?${page}`);
}

/** A 303 (the browser follows with a GET, whatever it posted), setting any cookies given. */
export function seeOther(location: string, ...cookies: string[]): Response {
  const headers = new Headers({ location, 'cache-control': 'no-store' });
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return new Response(null, { status: 303, headers });
}
