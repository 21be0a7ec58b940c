'use server';

import { signUp, signUpSchema } from '@/lib/auth/sign-up';
import { throttles } from '@/lib/auth/throttle';
import { db } from '@/lib/db/client';
import { action } from '@/lib/http/action';

export const signUpAction = action({
  input: signUpSchema,
  access: 'public',
  handler: async ({ input, request }) => {
    await signUp(db(), throttles(), { ...input, ip: request.ip });
    return null;
  },
});
