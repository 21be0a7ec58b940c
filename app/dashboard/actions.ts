'use server';

import { db } from '@/lib/db/client';
import { saveStudyPlan, studyPlanSchema } from '@/lib/exam-plan/study-plan';
import { action } from '@/lib/http/action';

/** Sets, changes or clears the exam date of a course (and the minutes a day), from the dashboard or onboarding. */
export const saveStudyPlanAction = action({
  input: studyPlanSchema,
  access: 'signed-in',
  handler: ({ input, viewer, request }) => saveStudyPlan(db(), viewer.id, input, request.now),
  revalidate: () => ['/dashboard'],
});
