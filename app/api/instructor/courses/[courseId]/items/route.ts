import { z } from 'zod';
import { text } from '@/lib/http/input';
import { csvFileName, csvResponse } from '@/lib/dashboard/instructor/csv';
import { analyseItems } from '@/lib/dashboard/item-analysis';
import { itemAnalysisCsv } from '@/lib/dashboard/item-analysis-csv';
import { db } from '@/lib/db/client';
import { route, segment } from '@/lib/http/route';

/** Item analysis of a course over the viewer's cohorts (or one of them) as CSV. */
export const GET = route({
  input: z.object({ cohortId: text.min(1).max(64).optional() }),
  access: 'instructor',
  handler: async ({ input, params, viewer, request, now }) => {
    const courseId = segment(params, 'courseId');
    const items = await analyseItems(db(), viewer, { courseId, cohortId: input.cohortId });
    return csvResponse(itemAnalysisCsv(items, new URL(request.url).origin), csvFileName(`items ${courseId}`, now));
  },
});
