import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../lib/errors';
import { action } from '../../lib/http/action';
import { route } from '../../lib/http/route';

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
    expect(await limited.definition.run(null, {})).toEqual({ ok: false, code: 'RATE_LIMITED', message: 'Too many sign-ups from your network. Try again in 5 minutes.' });
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
    expect(await failing.definition.run(null, {})).toEqual({ ok: false, code: 'INTERNAL', message: 'Something went wrong on our side; please try again.' });
  });
});
