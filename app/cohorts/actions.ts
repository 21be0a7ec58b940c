'use server';

import { z } from 'zod';
import { text } from '@/lib/http/input';
import { joinCohort, leaveCohort } from '@/lib/cohorts/cohorts';
import { db } from '@/lib/db/client';
import { action } from '@/lib/http/action';

export const joinCohortAction = action({
  input: z.object({ code: text.trim().min(4, 'Enter the invite code.').max(20) }),
  access: 'signed-in',
  handler: async ({ input, viewer }) => {
    return joinCohort(db(), viewer, input.code);
  },
  revalidate: () => ['/cohorts'],
});

export const leaveCohortAction = action({
  input: z.object({ cohortId: text.min(1).max(64) }),
  access: 'signed-in',
  handler: async ({ input, viewer }) => {
    await leaveCohort(db(), viewer, input.cohortId);
    return null;
  },
  revalidate: () => ['/cohorts'],
});
