'use server';

import { z } from 'zod';
import { text } from '@/lib/http/input';
import { changePassword, deleteAccount } from '@/lib/auth/accounts';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { action } from '@/lib/http/action';

export const changePasswordAction = action({
  input: z.object({ current: text.min(1, 'Enter your current password.').max(200), next: text.max(200) }),
  access: 'signed-in',
  handler: async ({ input, viewer }) => {
    await changePassword(db(), { userId: viewer.id, current: input.current, next: input.next });
    return null;
  },
});

export const deleteAccountAction = action({
  input: z.object({ confirmEmail: text.trim().toLowerCase() }),
  access: 'signed-in',
  handler: async ({ input, viewer }) => {
    const me = viewer;
    if (input.confirmEmail !== me.email) {
      throw new AppError('INVALID_INPUT', 'Type your email address exactly to confirm.', { confirmEmail: ['This is not your email address.'] });
    }
    await deleteAccount(db(), me.id);
    return null;
  },
});
