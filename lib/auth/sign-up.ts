import { z } from 'zod';
import { text } from '../http/input';
import type { Db } from '../db/client';
import { isAppError } from '../errors';
import { createAccount } from './accounts';
import { emailSchema } from './email';
import { passwordProblem } from './password';
import type { Throttles } from './throttle';

export const signUpSchema = z.object({
  email: emailSchema,
  password: text.superRefine((password, ctx) => {
    const problem = passwordProblem(password);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  name: text.trim().max(100, 'Use at most 100 characters.').optional(),
});

/**
 * Creates a learner account. When the email is already registered nothing is created, yet the
 * answer and its timing are the same: the form then signs in with the password given, which
 * fails with the same message as any wrong password. So sign-up never reveals who has an account.
 */
export async function signUp(db: Db, throttles: Throttles, input: z.infer<typeof signUpSchema> & { ip: string }): Promise<void> {
  await throttles.consumeSignUp(input.ip);
  // The hash is computed before the insert fails, so both paths cost the same.
  await createAccount(db, { email: input.email, password: input.password, name: input.name }).catch((error: unknown) => {
    if (!(isAppError(error) && error.code === 'CONFLICT')) throw error;
  });
}
