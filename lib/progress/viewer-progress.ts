import type { Db } from '../db/client';
import { currentViewer } from '../auth/viewer';
import { completedLessonIds } from './lesson-progress';

/** Completed lessons of whoever is signed in, or null for visitors (who are shown no progress). */
export async function viewerCompletedLessons(db: Db, lessonIds: string[]): Promise<Set<string> | null> {
  const viewer = await currentViewer();
  return viewer ? completedLessonIds(db, viewer.id, lessonIds) : null;
}
