import { z } from 'zod';
import { sessionSetCookie } from '@/lib/auth/session-cookie';
import { db } from '@/lib/db/client';
import { text } from '@/lib/http/input';
import { route } from '@/lib/http/route';
import { completeLaunch } from '@/lib/lti/complete-launch';
import { launchFailureResponse, seeOther } from '@/lib/lti/failure-response';
import { LaunchFailure } from '@/lib/lti/launch-failure';
import { hasCookie, stateCookie, stateCookieName } from '@/lib/lti/login';
import { toolOrigin } from '@/lib/lti/tool-urls';

export const dynamic = 'force-dynamic';

const input = z.object({ id_token: text.max(20_000).optional(), state: text.max(100).optional() });

/**
 * The LMS's form post of the signed id_token. A verified launch signs the browser in and goes on
 * to /lti/launched, which offers a new window when the frame dropped the session cookie.
 */
export const POST = route({
  access: 'public',
  body: 'form',
  input,
  maxBodyBytes: 64_000,
  handler: async ({ input, request, now }) => {
    const origin = toolOrigin(request);
    try {
      if (!input.id_token || !input.state) throw new LaunchFailure('MALFORMED');
      const { user, ticket } = await completeLaunch(db(), {
        idToken: input.id_token,
        state: input.state,
        hasStateCookie: hasCookie(request.headers.get('cookie'), stateCookieName(input.state)),
        origin,
        now,
      });
      return seeOther(`/lti/launched?ticket=${ticket}`, await sessionSetCookie(user), stateCookie(input.state, origin, 0));
    } catch (error) {
      return launchFailureResponse(error, request);
    }
  },
});
