import type { Db } from '../db/client';
import { loadCourses } from './load-courses';
import { errorsOnly, InvalidContentError, type ContentProblem } from './problems';
import { syncCourses, type SyncCount } from './sync-courses';

export type ContentCheck = { problems: ContentProblem[]; counts: { courses: number } };

/** Validates the whole tree at `contentDir`; reports every problem at once. */
export async function checkContent(contentDir: string): Promise<ContentCheck & { courses: Awaited<ReturnType<typeof loadCourses>>['courses'] }> {
  const { courses, problems } = await loadCourses(contentDir);
  return { courses, problems, counts: { courses: courses.length } };
}

export type SyncReport = { courses: SyncCount; warnings: ContentProblem[] };

/** Loads the tree into the database. Refuses to write anything when any file is invalid. */
export async function syncContent(db: Db, contentDir: string): Promise<SyncReport> {
  const checked = await checkContent(contentDir);
  if (errorsOnly(checked.problems).length) throw new InvalidContentError(checked.problems);
  return { courses: await syncCourses(db, checked.courses), warnings: checked.problems };
}
