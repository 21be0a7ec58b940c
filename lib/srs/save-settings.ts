import type { Db } from '../db/client';
import { AppError } from '../errors';
import { globalScope, srsSettingsSchema, type SrsSettingsValue } from './settings';

/** Saves the learner's settings for all courses ("*"), or overrides for one course. */
export async function saveSettings(db: Db, userId: string, scope: string, settings: SrsSettingsValue): Promise<void> {
  if (scope !== globalScope && !(await db.course.findUnique({ where: { id: scope }, select: { id: true } })))
    throw new AppError('NOT_FOUND', 'No such course.');
  const value = srsSettingsSchema.parse(settings);
  await db.srsSettings.upsert({ where: { userId_scope: { userId, scope } }, create: { userId, scope, settings: value }, update: { settings: value } });
}

/** Drops a course's overrides, so the learner's general settings apply there again. */
export async function clearCourseSettings(db: Db, userId: string, courseId: string): Promise<void> {
  await db.srsSettings.deleteMany({ where: { userId, scope: courseId } });
}
