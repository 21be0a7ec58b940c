/**
 * Why a launch was refused, each with the sentence the error page shows. A Record over the
 * reasons, so a new reason without its explanation does not compile.
 */
export const launchFailureMessages = {
  MALFORMED: 'The LMS sent an incomplete launch (no id_token or state). Open the activity again from your LMS.',
  UNKNOWN_PLATFORM: 'This LMS is not registered with Netprep. Ask your Netprep administrator to register it (npm run lti:register).',
  UNKNOWN_STATE: 'This launch was not started by Netprep, or it is more than 10 minutes old. Open the activity again from your LMS.',
  COOKIE_BLOCKED:
    'Your browser did not send back the cookie Netprep set a moment ago, which happens when it blocks cookies inside the LMS frame. Open Netprep in a new window.',
  REPLAYED: 'This launch was already used or has expired; a launch works once. Open the activity again from your LMS.',
  BAD_SIGNATURE: "The launch's signature does not match the LMS's published keys, so it cannot be trusted.",
  PLATFORM_UNREACHABLE:
    "Netprep could not fetch the LMS's public keys to check the launch. Try again in a minute; if it persists, check the JWKS URL registered for this LMS.",
  WRONG_ISSUER: 'The launch names a different LMS than the one that started it.',
  WRONG_AUDIENCE: "The launch was meant for another tool: its audience is not Netprep's client id on this LMS.",
  EXPIRED: 'The launch has expired (or was issued in the future); check that the LMS server clock is right, then open the activity again.',
  NONCE_MISMATCH: 'The launch does not answer the login Netprep started (its nonce differs), so it may be a replay.',
  UNKNOWN_DEPLOYMENT: 'The launch comes from a deployment of the tool that is not registered. Add the deployment id with npm run lti:register.',
  UNSUPPORTED_MESSAGE: 'Netprep accepts LTI 1.3.0 resource link launches only; this LMS sent another kind of message (deep linking is not built yet).',
  MISSING_CLAIMS: 'The launch lacks the user id, the roles or the course (context) Netprep needs. Launch from an activity inside an LMS course.',
  WRONG_CONTEXT: 'This activity link belongs to another course of the LMS, so it cannot be opened from this one.',
  TICKET_INVALID: 'This link to open Netprep in a new window was already used or has expired. Open the activity again from your LMS.',
} as const;

export type LaunchFailureReason = keyof typeof launchFailureMessages;

export function isLaunchFailureReason(value: string): value is LaunchFailureReason {
  return Object.hasOwn(launchFailureMessages, value);
}

/** A refused launch; the route turns it into the error page, never into an account or a session. */
export class LaunchFailure extends Error {
  constructor(
    readonly reason: LaunchFailureReason,
    /** The login's state, when a new window can start the launch again. */
    readonly retryState?: string,
  ) {
    super(launchFailureMessages[reason]);
    this.name = 'LaunchFailure';
  }
}
