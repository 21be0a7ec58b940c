'use server';

import { z } from 'zod';
import { text } from '@/lib/http/input';
import { setRole } from '@/lib/auth/accounts';
import { roles } from '@/lib/auth/roles';
import { db } from '@/lib/db/client';
import { action } from '@/lib/http/action';

export const setRoleAction = action({
  input: z.object({ userId: text.min(1).max(64), role: z.enum(roles) }),
  access: 'admin',
  handler: async ({ input, viewer }) => {
    return setRole(db(), { ...input, actingAdminId: viewer.id });
  },
  revalidate: () => ['/admin/users'],
});
