'use server';

import { z } from 'zod';
import { text } from '@/lib/http/input';
import { createCohort, deleteCohort, removeMember, renewInviteCode } from '@/lib/cohorts/cohorts';
import { db } from '@/lib/db/client';
import { action } from '@/lib/http/action';

const cohortId = text.min(1).max(64);

export const createCohortAction = action({
  input: z.object({ name: text.trim().min(1, 'Give the cohort a name.').max(100), courseId: text.min(1, 'Choose a course.').max(100) }),
  access: 'instructor',
  handler: async ({ input, viewer }) => {
    const cohort = await createCohort(db(), viewer, input);
    return { id: cohort.id };
  },
  revalidate: () => ['/instructor/cohorts'],
});

export const removeMemberAction = action({
  input: z.object({ cohortId, userId: text.min(1).max(64) }),
  access: 'instructor',
  handler: async ({ input, viewer }) => {
    await removeMember(db(), viewer, input);
    return null;
  },
  revalidate: (input) => [`/instructor/cohorts/${input.cohortId}`],
});

export const renewInviteCodeAction = action({
  input: z.object({ cohortId }),
  access: 'instructor',
  handler: async ({ input, viewer }) => {
    return renewInviteCode(db(), viewer, input.cohortId);
  },
  revalidate: (input) => [`/instructor/cohorts/${input.cohortId}`, '/instructor/cohorts'],
});

export const deleteCohortAction = action({
  input: z.object({ cohortId }),
  access: 'instructor',
  handler: async ({ input, viewer }) => {
    await deleteCohort(db(), viewer, input.cohortId);
    return null;
  },
  revalidate: () => ['/instructor/cohorts'],
});
