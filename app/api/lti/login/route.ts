import { db } from '@/lib/db/client';
import { text } from '@/lib/http/input';
import { route } from '@/lib/http/route';
import { launchFailureResponse, seeOther } from '@/lib/lti/failure-response';
import { LaunchFailure } from '@/lib/lti/launch-failure';
import { initiationSchema, retryInitiation, startLogin, type Initiation } from '@/lib/lti/login';
import { toolOrigin } from '@/lib/lti/tool-urls';
import { z } from 'zod';

export const dynamic = 'force-dynamic';

// Every field optional here: a missing one is explained on the launch error page, not answered with JSON.
const input = z.object({
  iss: text.max(500).optional(),
  login_hint: text.max(2000).optional(),
  target_link_uri: text.max(2000).optional(),
  lti_message_hint: text.max(4000).optional(),
  client_id: text.max(255).optional(),
  lti_deployment_id: text.max(255).optional(),
  /** The state of a launch that lost its cookie in a frame: start it again (in a new window). */
  retry: text.max(100).optional(),
});

/** OIDC third-party login initiation (LTI 1.3): the LMS sends the browser here, by GET or a form POST. */
const handler = route({
  access: 'public',
  body: 'form',
  input,
  handler: async ({ input, request, now }) => {
    const origin = toolOrigin(request);
    try {
      const initiation: Initiation = input.retry ? await retryInitiation(db(), input.retry, now) : parseInitiation(input);
      const { redirectTo, cookie } = await startLogin(db(), { initiation, origin, now });
      return seeOther(redirectTo, cookie);
    } catch (error) {
      return launchFailureResponse(error, request);
    }
  },
});

function parseInitiation(raw: unknown): Initiation {
  const parsed = initiationSchema.safeParse(raw);
  if (!parsed.success) throw new LaunchFailure('MALFORMED');
  return parsed.data;
}

export const GET = handler;
export const POST = handler;
