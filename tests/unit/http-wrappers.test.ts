import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../lib/errors';
import { action } from '../../lib/http/action';
import { defaultBodyLimit, route } from '../../lib/http/route';
import { POST as postReview } from '../../app/api/reviews/route';
import type { Viewer } from '../../lib/auth/roles';

const request = { ip: '127.0.0.1', now: new Date('2026-11-25T15:00:00Z') };

/**
 * The same module loaded a second time, as Next does when a singleton is created in one bundle
 * (say the throttles in next-auth's route) and its error is caught in another (a server action).
 */
const anotherBundle = '../../lib/errors.ts?another-bundle';
const { AppError: AppErrorOfAnotherBundle } = (await import(anotherBundle)) as typeof import('../../lib/errors');

describe('the action and route wrappers', () => {
  it('the copy really is another class, as in a separate bundle', () => {
    expect(new AppErrorOfAnotherBundle('RATE_LIMITED', 'x')).not.toBeInstanceOf(AppError);
  });

  it("an action reports another bundle's AppError with its own code, not as a server fault", async () => {
    const limited = action({
      access: 'public',
      input: z.object({}),
      handler: async () => {
        throw new AppErrorOfAnotherBundle('RATE_LIMITED', 'Too many sign-ups from your network. Try again in 5 minutes.');
      },
    });
    expect(await limited.definition.run(null, {}, request)).toEqual({
      ok: false,
      code: 'RATE_LIMITED',
      message: 'Too many sign-ups from your network. Try again in 5 minutes.',
    });
  });

  it("a route answers another bundle's AppError with the code's status", async () => {
    const limited = route({
      access: 'public',
      handler: async () => {
        throw new AppErrorOfAnotherBundle('RATE_LIMITED', 'Slow down.');
      },
    });
    const response = await limited(new Request('http://netprep.test/api/x'));
    expect(response.status).toBe(429);
    expect(await response.json()).toMatchObject({ code: 'RATE_LIMITED', message: 'Slow down.' });
  });

  it('anything that is not an AppError stays a hidden server fault, even when it looks like one', async () => {
    const lookalike = Object.assign(new Error('secret detail'), { code: 'NOT_FOUND', name: 'AppError' });
    const failing = action({
      access: 'public',
      input: z.object({}),
      handler: async () => {
        throw lookalike;
      },
    });
    expect(await failing.definition.run(null, {}, request)).toEqual({
      ok: false,
      code: 'INTERNAL',
      message: 'Something went wrong on our side; please try again.',
    });
  });

  describe('a route body', () => {
    const learner: Viewer = { id: 'u1', email: 'learner@example.com', name: null, role: 'LEARNER' };
    const fiftyMegabytes = 50_000_000;

    /** A body of `size` bytes that counts how much of it the server pulls. */
    function countedBody(size: number) {
      const chunk = new Uint8Array(64 * 1024).fill(0x20);
      const counter = { pulled: 0 };
      const stream = new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            if (counter.pulled >= size) return controller.close();
            counter.pulled += chunk.byteLength;
            controller.enqueue(chunk);
          },
          // Nothing is pulled ahead of a read, so `pulled` is what the server asked for.
        },
        { highWaterMark: 0 },
      );
      return { stream, counter };
    }

    const post = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
      new Request('http://netprep.test/api/reviews', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

    it('from a visitor is refused with 401 before a byte of it is read', async () => {
      const { stream, counter } = countedBody(fiftyMegabytes);
      const response = await postReview.definition.run(null, post(stream, { 'content-length': String(fiftyMegabytes) }));
      expect(response.status).toBe(401);
      expect(counter.pulled).toBe(0);
    });

    it('declared over the limit is refused with 413 without reading it', async () => {
      const { stream, counter } = countedBody(fiftyMegabytes);
      const response = await postReview.definition.run(learner, post(stream, { 'content-length': String(fiftyMegabytes) }));
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
      expect(counter.pulled).toBe(0);
    });

    it('that declares no length is read only up to the limit, then refused with 413', async () => {
      const { stream, counter } = countedBody(fiftyMegabytes);
      const response = await postReview.definition.run(learner, post(stream));
      expect(response.status).toBe(413);
      expect(counter.pulled).toBeLessThan(defaultBodyLimit + 2 * 64 * 1024);
    });

    it('within the limit is parsed as before', async () => {
      const response = await postReview.definition.run(learner, new Request('http://netprep.test/api/reviews', { method: 'POST', body: '{"reviewId":' }));
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({ message: 'The request body is not valid JSON.' });
    });
  });
});
