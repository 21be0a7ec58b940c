import { z } from 'zod';
import { sessionSetCookie } from '@/lib/auth/session-cookie';
import { db } from '@/lib/db/client';
import { text } from '@/lib/http/input';
import { route } from '@/lib/http/route';
import { launchFailureResponse, seeOther } from '@/lib/lti/failure-response';
import { redeemTicket } from '@/lib/lti/launch-ticket';

export const dynamic = 'force-dynamic';

/** Opened in a new window from /lti/launched: uses the launch's ticket once to sign in there. */
export const GET = route({
  access: 'public',
  input: z.object({ ticket: text.max(100).optional() }),
  handler: async ({ input, request, now }) => {
    try {
      const { user, target } = await redeemTicket(db(), input.ticket ?? '', now);
      return seeOther(target, await sessionSetCookie(user));
    } catch (error) {
      return launchFailureResponse(error, request);
    }
  },
});
