import pg from 'pg';
import { RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../errors';
import { env } from '../env';

export const signInLimit = { failures: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };
/** A looser limit per email across all addresses, against guessing spread over many addresses. */
export const signInLimitPerEmail = { failures: 25, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };
export const signUpLimit = { attempts: 10, windowSeconds: 60 * 60 };

/** One sign-in attempt that has already been counted; the caller reports how it ended. */
export type SignInAttempt = {
  /** Blocks the email+address (and the email) once this failure reaches the limit. */
  failed: () => Promise<void>;
  /** Gives the attempt back and starts this address's count again. */
  succeeded: () => Promise<void>;
};

export type Throttles = {
  /**
   * Counts a sign-in attempt before the password is checked, refusing when over the limit.
   * Counting first is what makes a parallel burst safe: a check followed by a later write would
   * let every request of the burst through before the first failure is recorded.
   */
  consumeSignIn: (email: string, ip: string) => Promise<SignInAttempt>;
  /** Counts a sign-up attempt for this IP, refusing when over the limit. */
  consumeSignUp: (ip: string) => Promise<void>;
};

/**
 * Counters live in PostgreSQL (table rate_limits, created by a migration), so every app
 * instance on the same database enforces the same limits. Its own tiny pool: the limiter
 * speaks node-postgres, which Prisma's adapter does not expose.
 */
export function createThrottles(pool: pg.Pool): Throttles {
  const common = { storeClient: pool, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, clearExpiredByTimeout: false };
  const signIn = new RateLimiterPostgres({ ...common, keyPrefix: 'signin', points: signInLimit.failures, duration: signInLimit.windowSeconds });
  const signUp = new RateLimiterPostgres({ ...common, keyPrefix: 'signup', points: signUpLimit.attempts, duration: signUpLimit.windowSeconds });
  const perEmail = new RateLimiterPostgres({
    ...common,
    keyPrefix: 'signin-email',
    points: signInLimitPerEmail.failures,
    duration: signInLimitPerEmail.windowSeconds,
  });
  const signInKey = (email: string, ip: string) => `${email}|${ip}`;
  const counters = (email: string, ip: string) => [
    { limiter: signIn, key: signInKey(email, ip), limit: signInLimit },
    { limiter: perEmail, key: email, limit: signInLimitPerEmail },
  ];

  return {
    async consumeSignIn(email, ip) {
      const counted = await Promise.all(
        counters(email, ip).map(async (counter) => ({ ...counter, state: await counter.limiter.consume(counter.key).catch(overLimitState) })),
      );
      const over = counted.find(({ state, limit }) => state.consumedPoints > limit.failures);
      if (over) throw tooManySignIns(over.state);
      return {
        async failed() {
          for (const { limiter, key, limit, state } of counted) {
            // The block starts at the failure that reaches the limit, not at the first one of the window.
            if (state.consumedPoints >= limit.failures) await limiter.block(key, limit.blockSeconds);
          }
        },
        async succeeded() {
          await signIn.delete(signInKey(email, ip));
          await perEmail.reward(email, 1);
        },
      };
    },
    async consumeSignUp(ip) {
      const state = await signUp.consume(ip).catch(overLimitState);
      if (state.remainingPoints <= 0 && state.consumedPoints > signUpLimit.attempts) {
        throw new AppError('RATE_LIMITED', `Too many sign-ups from your network. Try again in ${minutesOf(state)}.`);
      }
    },
  };
}

/** The limiter rejects with its state when over the limit, and with an Error when the database fails. */
function overLimitState(rejection: unknown): RateLimiterRes {
  if (rejection instanceof Error) throw rejection;
  return rejection as RateLimiterRes;
}

function tooManySignIns(state: RateLimiterRes): AppError {
  return new AppError('RATE_LIMITED', `Too many failed sign-ins. Try again in ${minutesOf(state)}, or reset your password with an administrator.`);
}

function minutesOf(state: RateLimiterRes): string {
  const minutes = Math.max(1, Math.ceil(state.msBeforeNext / 60_000));
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

const globalForThrottles = globalThis as unknown as { netprepThrottles?: Throttles };

/** The app's throttles on DATABASE_URL. */
export function throttles(): Throttles {
  if (!globalForThrottles.netprepThrottles) {
    const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 2 });
    // An idle connection dropped by the server must not take the whole app down.
    pool.on('error', (error) => console.error(`netprep: rate-limit connection lost: ${error.message}`));
    globalForThrottles.netprepThrottles = createThrottles(pool);
  }
  return globalForThrottles.netprepThrottles;
}
