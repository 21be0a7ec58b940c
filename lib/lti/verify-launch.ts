import { errors, jwtVerify, type JWTPayload } from 'jose';
import type { Db } from '../db/client';
import { readLaunch, type Launch } from './claims';
import { LaunchFailure, type LaunchFailureReason } from './launch-failure';
import { platformKeys } from './platform-keys';

// Clock difference tolerated between the LMS and us, and the oldest id_token accepted.
const clockSkewSeconds = 60;
const maxTokenAge = '10m';

export type VerifiedLaunch = { launch: Launch; platform: { id: string; issuer: string; courseId: string } };

/**
 * Checks a launch (LTI 1.3 core, 5.1.3) in an order where nothing is trusted before it is checked:
 * the state is one we issued and this browser holds its cookie, the login is used once, then the
 * id_token's signature, issuer, audience, times and nonce, then its deployment and message type.
 */
export async function verifyLaunch(db: Db, options: { idToken: string; state: string; hasStateCookie: boolean; now: Date }): Promise<VerifiedLaunch> {
  const { idToken, state, now } = options;
  const login = await db.ltiLogin.findUnique({ where: { state }, include: { platform: true } });
  if (!login) throw new LaunchFailure('UNKNOWN_STATE');
  if (!options.hasStateCookie) throw new LaunchFailure('COOKIE_BLOCKED', state);
  const used = await db.ltiLogin.updateMany({ where: { state, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (used.count !== 1) throw new LaunchFailure('REPLAYED');

  const { platform } = login;
  const payload = await verifiedPayload(idToken, { issuer: platform.issuer, clientId: platform.clientId, jwksUrl: platform.jwksUrl, now });
  if (payload.nonce !== login.nonce) throw new LaunchFailure('NONCE_MISMATCH');
  const launch = readLaunch(payload);
  if (!launch) throw new LaunchFailure('MISSING_CLAIMS');
  if (launch.messageType !== 'LtiResourceLinkRequest' || launch.version !== '1.3.0') throw new LaunchFailure('UNSUPPORTED_MESSAGE');
  if (!platform.deploymentIds.includes(launch.deploymentId)) throw new LaunchFailure('UNKNOWN_DEPLOYMENT');
  return { launch, platform: { id: platform.id, issuer: platform.issuer, courseId: platform.courseId } };
}

async function verifiedPayload(idToken: string, expected: { issuer: string; clientId: string; jwksUrl: string; now: Date }): Promise<JWTPayload> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(idToken, platformKeys(expected.jwksUrl), {
      issuer: expected.issuer,
      audience: expected.clientId,
      algorithms: ['RS256'],
      clockTolerance: clockSkewSeconds,
      maxTokenAge,
      currentDate: expected.now,
      requiredClaims: ['iat', 'exp', 'nonce', 'sub'],
    }));
  } catch (error) {
    throw new LaunchFailure(reasonOf(error));
  }
  // With several audiences, the authorized party must be us (OIDC core 3.1.3.7, LTI core 5.1.3 step 5).
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if ((audiences.length > 1 || payload.azp !== undefined) && payload.azp !== expected.clientId) throw new LaunchFailure('WRONG_AUDIENCE');
  return payload;
}

function reasonOf(error: unknown): LaunchFailureReason {
  if (error instanceof errors.JWTExpired) return 'EXPIRED';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'WRONG_ISSUER';
    if (error.claim === 'aud') return 'WRONG_AUDIENCE';
    if (error.claim === 'iat' || error.claim === 'nbf') return 'EXPIRED';
    return 'MISSING_CLAIMS';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JOSEAlgNotAllowed) {
    return 'BAD_SIGNATURE';
  }
  // fetch() fails with a TypeError when the host is down; jose throws its bare JOSEError on a non-200 answer.
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || error instanceof TypeError) return 'PLATFORM_UNREACHABLE';
  if (error instanceof errors.JOSEError && error.code === errors.JOSEError.code) return 'PLATFORM_UNREACHABLE';
  return 'MALFORMED';
}
