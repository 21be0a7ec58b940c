import { cohortTable } from '@/lib/dashboard/instructor/cohort-table';
import { csvFileName, csvResponse } from '@/lib/dashboard/instructor/csv';
import { gradebookCsv } from '@/lib/dashboard/instructor/gradebook-csv';
import { db } from '@/lib/db/client';
import { route, segment } from '@/lib/http/route';

/** The cohort's table as CSV; another instructor's cohort is a 404, like its page. */
export const GET = route({
  access: 'instructor',
  handler: async ({ params, viewer, now }) => {
    const table = await cohortTable(db(), viewer, segment(params, 'cohortId'), now);
    return csvResponse(gradebookCsv(table), csvFileName(`gradebook ${table.cohort.name}`, now));
  },
});
