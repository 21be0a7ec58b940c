import path from 'node:path';
import type { JWK } from 'jose';
import { decode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { GET as continueRoute } from '../../app/api/lti/continue/route';
import { GET as jwksRoute } from '../../app/api/lti/jwks/route';
import { POST as launchRoute } from '../../app/api/lti/launch/route';
import { GET as loginRoute } from '../../app/api/lti/login/route';
import { createAccount } from '../../lib/auth/accounts';
import { syncContent } from '../../lib/content/sync';
import { jobQueue } from '../../lib/jobs/job-queue';
import { deliverScore } from '../../lib/lti/deliver-score';
import { registerPlatform } from '../../lib/lti/platforms';
import { startScoreWorker } from '../../lib/lti/score-jobs';
import { startLessonQuiz } from '../../lib/quiz/start-attempts';
import { submitAttempt } from '../../lib/quiz/submit-attempt';
import { publishedKeys, rotateToolKey, signingKey } from '../../lib/lti/tool-keys';
import { formFields, instructorRole, learnerRole, LtiPlatform, type LmsLaunch, type Tampering } from '../helpers/lti-platform';
import { createTestDatabase } from '../helpers/test-database';

const tool = 'http://netprep.test';
const secret = 'lti-test-secret-0123456789abcdef';

describe('LTI 1.3 launches against a platform test double', async () => {
  const { db, url } = await createTestDatabase();
  process.env.DATABASE_URL = url;
  process.env.NEXTAUTH_SECRET = secret;
  await syncContent(db, path.resolve('tests/fixtures/coverage'));
  let platform: LtiPlatform;
  let hints = 0;

  beforeAll(async () => {
    platform = await LtiPlatform.start(async () => (await jwksRoute.definition.run(null, new Request(`${tool}/api/lti/jwks`))).json());
    await registerPlatform(db, { ...platform.registration, courseId: 'mini-100' });
  });
  afterAll(() => platform.stop());

  const teacher = { sub: 'lms-teacher-1', name: 'Tess Teacher', email: 'tess@school.example', roles: [instructorRole] };
  const student = (n: number) => ({ sub: `lms-student-${n}`, name: `Student ${n}`, email: `student${n}@school.example`, roles: [learnerRole] });
  const course = (id: string) => ({ id, title: `Networking ${id}` });

  /** Login initiation → the platform's authorization endpoint over HTTP → the form post to the launch. */
  async function launch(lms: LmsLaunch, options: { tamper?: Tampering; dropCookie?: boolean; accept?: string } = {}) {
    const initiation = platform.initiation(`hint-${hints++}`, lms);
    const login = await loginRoute.definition.run(null, new Request(`${tool}/api/lti/login?${new URLSearchParams(initiation)}`));
    expect(login.status).toBe(303);
    const stateCookie = login.headers.get('set-cookie')!.split(';')[0];
    if (options.tamper) platform.tamperNext(options.tamper);
    const authorization = await fetch(login.headers.get('location')!);
    expect(authorization.status).toBe(200);
    const { action, fields } = formFields(await authorization.text());
    const post = () =>
      launchRoute.definition.run(
        null,
        new Request(action, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            accept: options.accept ?? 'text/html,application/xhtml+xml',
            ...(options.dropCookie ? {} : { cookie: stateCookie }),
          },
          body: new URLSearchParams(fields).toString(),
        }),
      );
    return { response: await post(), post, fields, stateCookie };
  }

  const refusal = (response: Response) => new URL(response.headers.get('location') ?? '', tool).searchParams.get('reason');
  const userCount = () => db.user.count();

  async function sessionOf(response: Response) {
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith('next-auth.session-token='))!;
    return decode({ token: cookie.split(';')[0].split('=')[1], secret });
  }

  it('a first launch by an LMS instructor creates the linked account and the context cohort, and signs the browser in', async () => {
    const { response } = await launch({ user: teacher, context: course('c1'), resourceLinkId: 'rl-1', targetLinkUri: `${tool}/practice` });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/lti\/launched\?ticket=[\w-]+$/);
    const link = await db.ltiAccountLink.findUniqueOrThrow({ where: { issuer_sub: { issuer: platform.issuer, sub: teacher.sub } }, include: { user: true } });
    expect(link.user).toMatchObject({ role: 'INSTRUCTOR', name: 'Tess Teacher' });
    expect(link.user.email).toMatch(/@lms\.invalid$/);
    const session = await sessionOf(response);
    expect(session).toMatchObject({ sub: link.userId, role: 'INSTRUCTOR', sessionVersion: 0 });
    // The used state cookie is removed; over plain http the cookies cannot be cross-site (SameSite=None needs Secure).
    expect(response.headers.getSetCookie().find((cookie) => cookie.startsWith('netprep-lti-state-'))).toMatch(
      /=; Path=\/api\/lti; Max-Age=0; HttpOnly; SameSite=Lax$/,
    );
    const context = await db.ltiContext.findFirstOrThrow({ where: { contextId: 'c1' }, include: { cohort: true } });
    expect(context.cohort).toMatchObject({ name: 'Networking c1', courseId: 'mini-100', instructorId: link.userId });
    const ticket = await db.ltiLaunchTicket.findFirstOrThrow({ where: { userId: link.userId } });
    expect(ticket.target).toBe('/practice');
  });

  it('the same LMS user launching again is the same account, found by (issuer, sub)', async () => {
    const before = await userCount();
    const { response } = await launch({ user: { ...teacher, name: 'Renamed', email: 'other@school.example' }, context: course('c1'), resourceLinkId: 'rl-1' });
    expect(response.status).toBe(303);
    expect(await userCount()).toBe(before);
  });

  it('never links by e-mail: an LMS user claiming an existing address gets an account of their own', async () => {
    const existing = await createAccount(db, { email: 'owner@school.example', password: 'a long test passphrase', role: 'ADMIN' });
    const { response } = await launch({ user: { ...student(90), email: 'owner@school.example' }, context: course('c1'), resourceLinkId: 'rl-1' });
    expect(response.status).toBe(303);
    const session = await sessionOf(response);
    expect(session?.sub).not.toBe(existing.id);
    expect(session?.role).toBe('LEARNER');
  });

  it('learners who launch before any instructor join the cohort when the instructor first launches', async () => {
    await launch({ user: student(1), context: course('c2'), resourceLinkId: 'rl-2' });
    const context = await db.ltiContext.findFirstOrThrow({ where: { contextId: 'c2' } });
    expect(context.cohortId).toBeNull();
    await launch({ user: { ...teacher, sub: 'lms-teacher-2' }, context: course('c2'), resourceLinkId: 'rl-2' });
    await launch({ user: student(2), context: course('c2'), resourceLinkId: 'rl-2' });
    const cohort = await db.cohort.findFirstOrThrow({ where: { ltiContext: { contextId: 'c2' } }, include: { members: { include: { user: true } } } });
    expect(cohort.members.map((member) => member.user.name).sort()).toEqual(['Student 1', 'Student 2']);
  });

  it('a browser that dropped the state cookie in the frame is offered a new window, which works once', async () => {
    const before = await userCount();
    const { response, fields } = await launch({ user: student(3), context: course('c1'), resourceLinkId: 'rl-1' }, { dropCookie: true });
    const location = new URL(response.headers.get('location')!, tool);
    expect(location.pathname).toBe('/lti/error');
    expect(location.searchParams.get('reason')).toBe('COOKIE_BLOCKED');
    expect(location.searchParams.get('retry')).toBe(fields.state);
    expect(await userCount()).toBe(before);
    const retry = await loginRoute.definition.run(null, new Request(`${tool}/api/lti/login?retry=${fields.state}`));
    expect(new URL(retry.headers.get('location')!).searchParams.get('login_hint')).toMatch(/^hint-/);
    const again = await loginRoute.definition.run(null, new Request(`${tool}/api/lti/login?retry=${fields.state}`, { headers: { accept: 'text/html' } }));
    expect(refusal(again)).toBe('UNKNOWN_STATE');
  });

  it('a launch ticket opens a new window signed in, once', async () => {
    const { response } = await launch({ user: student(4), context: course('c1'), resourceLinkId: 'rl-1' });
    const ticket = new URL(response.headers.get('location')!, tool).searchParams.get('ticket');
    const opened = await continueRoute.definition.run(null, new Request(`${tool}/api/lti/continue?ticket=${ticket}`, { headers: { accept: 'text/html' } }));
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe('/courses/mini-100');
    expect((await sessionOf(opened))?.name).toBe('Student 4');
    const reused = await continueRoute.definition.run(null, new Request(`${tool}/api/lti/continue?ticket=${ticket}`, { headers: { accept: 'text/html' } }));
    expect(refusal(reused)).toBe('TICKET_INVALID');
  });

  describe('refused launches say why and create no account', () => {
    const cases: [string, Tampering, string][] = [
      ['a bad signature', { strayKey: true }, 'BAD_SIGNATURE'],
      ['the wrong audience', { claims: { aud: 'some-other-tool' } }, 'WRONG_AUDIENCE'],
      ['several audiences without azp', { claims: { aud: ['netprep-client-1', 'another'] } }, 'WRONG_AUDIENCE'],
      ['another issuer', { claims: { iss: 'https://evil.example' } }, 'WRONG_ISSUER'],
      ['an expired token', { claims: { iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 } }, 'EXPIRED'],
      ['a token issued in the future', { claims: { iat: Math.floor(Date.now() / 1000) + 3600, exp: Math.floor(Date.now() / 1000) + 7200 } }, 'EXPIRED'],
      ['an unknown deployment', { claims: { 'https://purl.imsglobal.org/spec/lti/claim/deployment_id': 'deployment-9' } }, 'UNKNOWN_DEPLOYMENT'],
      ['another message type', { claims: { 'https://purl.imsglobal.org/spec/lti/claim/message_type': 'LtiDeepLinkingRequest' } }, 'UNSUPPORTED_MESSAGE'],
      ['LTI 1.1 version', { claims: { 'https://purl.imsglobal.org/spec/lti/claim/version': '1.1' } }, 'UNSUPPORTED_MESSAGE'],
      ['another nonce', { claims: { nonce: 'not-ours' } }, 'NONCE_MISMATCH'],
      ['no context', { claims: { 'https://purl.imsglobal.org/spec/lti/claim/context': undefined } }, 'MISSING_CLAIMS'],
    ];
    for (const [label, tamper, reason] of cases) {
      it(`${label}: ${reason}`, async () => {
        const before = await userCount();
        const { response } = await launch({ user: student(100 + hints), context: course('c1'), resourceLinkId: 'rl-1' }, { tamper });
        expect(response.status).toBe(303);
        expect(refusal(response)).toBe(reason);
        expect(response.headers.get('set-cookie')).toBeNull();
        expect(await userCount()).toBe(before);
      });
    }

    it('a replayed launch: the same post twice, and the same id_token under a new login', async () => {
      const first = await launch({ user: student(5), context: course('c1'), resourceLinkId: 'rl-1' });
      expect(first.response.status).toBe(303);
      expect(refusal(await first.post())).toBe('REPLAYED');
      const second = await launch({ user: student(5), context: course('c1'), resourceLinkId: 'rl-1' });
      const replay = await launchRoute.definition.run(
        null,
        new Request(`${tool}/api/lti/launch`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', cookie: second.stateCookie },
          body: new URLSearchParams({ id_token: first.fields.id_token, state: second.fields.state }).toString(),
        }),
      );
      // The second login was already used by its own launch; a fresh one would fail on the nonce (tested above).
      expect(refusal(replay)).toBe('REPLAYED');
    });

    it("a learner launching another course's resource link from their own course", async () => {
      const before = await userCount();
      const { response } = await launch({ user: student(6), context: course('c3'), resourceLinkId: 'rl-1' });
      expect(refusal(response)).toBe('WRONG_CONTEXT');
      expect(await userCount()).toBe(before);
    });

    it('an unregistered LMS and an incomplete initiation', async () => {
      const unknown = await loginRoute.definition.run(
        null,
        new Request(`${tool}/api/lti/login?iss=https://moodle.nowhere&login_hint=x`, { headers: { accept: 'text/html' } }),
      );
      expect(refusal(unknown)).toBe('UNKNOWN_PLATFORM');
      const incomplete = await loginRoute.definition.run(null, new Request(`${tool}/api/lti/login?iss=${platform.issuer}`));
      expect(incomplete.status).toBe(400);
      expect(await incomplete.json()).toMatchObject({ code: 'LTI_MALFORMED', message: expect.stringMatching(/incomplete launch/) });
    });
  });

  describe('scores of graded links reach the LMS gradebook', () => {
    const lessonPath = `${tool}/lessons/lesson-a`;

    /** A learner opens the graded lesson link, then starts and submits its quiz a minute later. */
    async function submitFromLms(n: number) {
      const { response } = await launch({ user: student(n), context: course('c1'), resourceLinkId: 'rl-quiz', targetLinkUri: lessonPath, graded: true });
      expect(response.status).toBe(303);
      const link = await db.ltiAccountLink.findUniqueOrThrow({ where: { issuer_sub: { issuer: platform.issuer, sub: `lms-student-${n}` } } });
      const { launchedAt } = await db.ltiGradeLaunch.findFirstOrThrow({ where: { userId: link.userId } });
      const startedAt = new Date(launchedAt.getTime() + 60_000);
      const attempt = await startLessonQuiz(db, link.userId, 'lesson-a', startedAt);
      const submittedAt = new Date(startedAt.getTime() + 60_000);
      await submitAttempt(db, link.userId, attempt.id, submittedAt);
      return { attemptId: attempt.id, submittedAt };
    }

    it('a submitted lesson quiz is posted by the pg-boss worker, with a token from a signed client assertion', async () => {
      const boss = await jobQueue(url);
      onTestFinished(() => boss.stop({ graceful: false, wait: true }));
      await startScoreWorker(db, boss);
      const { attemptId } = await submitFromLms(30);
      await vi.waitFor(async () => expect((await db.ltiScore.findUniqueOrThrow({ where: { attemptId } })).status).toBe('SENT'), {
        timeout: 20_000,
        interval: 250,
      });
      expect(platform.scores).toHaveLength(1);
      expect(platform.scores[0]).toMatchObject({
        lineItem: platform.lineItemUrl('c1'),
        body: { userId: 'lms-student-30', scoreGiven: 0, scoreMaximum: 100, activityProgress: 'Completed', gradingProgress: 'FullyGraded' },
      });
    });

    it('while the LMS is down the score waits, counted, and goes out on a later try; the token is reused', async () => {
      const { attemptId, submittedAt } = await submitFromLms(31);
      const tokens = platform.tokenRequests;
      platform.down = true;
      // Within the hour of the token the worker got in the test above.
      const later = new Date(submittedAt.getTime() + 60_000);
      await expect(deliverScore(db, attemptId, later)).rejects.toThrow(/503/);
      expect(await db.ltiScore.findUniqueOrThrow({ where: { attemptId } })).toMatchObject({
        status: 'PENDING',
        tries: 1,
        lastError: expect.stringMatching(/503/),
      });
      platform.down = false;
      await deliverScore(db, attemptId, later);
      expect(await db.ltiScore.findUniqueOrThrow({ where: { attemptId } })).toMatchObject({ status: 'SENT', tries: 2, lastError: null });
      expect(platform.scores.at(-1)?.body.userId).toBe('lms-student-31');
      expect(platform.tokenRequests).toBe(tokens);
    });

    it('attempts not opened from a graded link, or of another activity, are not sent', async () => {
      const { response } = await launch({ user: student(32), context: course('c1'), resourceLinkId: 'rl-plain', targetLinkUri: lessonPath });
      expect(response.status).toBe(303);
      const link = await db.ltiAccountLink.findUniqueOrThrow({ where: { issuer_sub: { issuer: platform.issuer, sub: 'lms-student-32' } } });
      const startedAt = new Date('2027-03-01T00:00:00Z');
      const ungraded = await startLessonQuiz(db, link.userId, 'lesson-a', startedAt);
      await submitAttempt(db, link.userId, ungraded.id, startedAt);
      expect(await db.ltiScore.findUnique({ where: { attemptId: ungraded.id } })).toBeNull();
      await submitFromLms(33);
      const other = await db.ltiAccountLink.findUniqueOrThrow({ where: { issuer_sub: { issuer: platform.issuer, sub: 'lms-student-33' } } });
      const otherLesson = await startLessonQuiz(db, other.userId, 'lesson-b', startedAt);
      await submitAttempt(db, other.userId, otherLesson.id, startedAt);
      expect(await db.ltiScore.findUnique({ where: { attemptId: otherLesson.id } })).toBeNull();
    });
  });

  it("follows the platform's key rotation: an unknown key id refetches its JWKS", async () => {
    await launch({ user: student(7), context: course('c1'), resourceLinkId: 'rl-1' });
    const fetched = platform.jwksRequests;
    await platform.rotateKey();
    // jose refetches at most once a second (platform-keys.ts), so forged key ids cannot flood the LMS.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const { response } = await launch({ user: student(7), context: course('c1'), resourceLinkId: 'rl-1' });
    expect(response.headers.get('location')).toMatch(/^\/lti\/launched/);
    expect(platform.jwksRequests).toBe(fetched + 1);
  });

  it("publishes the tool's key set without private parts, keeping a rotated-out key for a week", async () => {
    const served = (await (await jwksRoute.definition.run(null, new Request(`${tool}/api/lti/jwks`))).json()) as { keys: JWK[] };
    expect(served.keys).toHaveLength(1);
    expect(served.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(served.keys[0].d).toBeUndefined();
    const rotatedAt = new Date('2027-01-01T00:00:00Z');
    const { kid, retired } = await rotateToolKey(db, rotatedAt);
    expect(retired).toEqual([served.keys[0].kid]);
    expect((await publishedKeys(db, new Date('2027-01-07T23:00:00Z'))).keys.map((key) => key.kid)).toEqual([kid, ...retired]);
    expect((await publishedKeys(db, new Date('2027-01-08T01:00:00Z'))).keys.map((key) => key.kid)).toEqual([kid]);
    expect((await signingKey(db, rotatedAt)).kid).toBe(kid);
  });
});
