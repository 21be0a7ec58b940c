import { z } from 'zod';
import type { Db } from '../db/client';
import { AppError } from '../errors';

const httpsOrLocalUrl = z.url({ protocol: /^https?$/ }).max(500);

/** A platform as `npm run lti:register` records it: the values Moodle or Canvas shows for the tool. */
export const platformSchema = z.object({
  issuer: z.string().trim().min(1).max(500),
  clientId: z.string().trim().min(1).max(255),
  deploymentIds: z.array(z.string().trim().min(1).max(255)).min(1, 'give at least one deployment id'),
  authUrl: httpsOrLocalUrl,
  tokenUrl: httpsOrLocalUrl,
  jwksUrl: httpsOrLocalUrl,
  courseId: z.string().trim().min(1).max(200),
});
export type PlatformInput = z.infer<typeof platformSchema>;

/**
 * Records a platform, or updates the one with the same issuer and client id (re-running the
 * command is how URLs change and deployments are added; deployment ids are merged, never dropped).
 */
export async function registerPlatform(db: Db, input: PlatformInput) {
  const course = await db.course.findUnique({ where: { id: input.courseId }, select: { id: true } });
  if (!course) throw new AppError('NOT_FOUND', `No course "${input.courseId}". Run content:sync first, or pick one of the course ids in content/courses/.`);
  const existing = await db.ltiPlatform.findUnique({
    where: { issuer_clientId: { issuer: input.issuer, clientId: input.clientId } },
    select: { deploymentIds: true },
  });
  const deploymentIds = [...new Set([...(existing?.deploymentIds ?? []), ...input.deploymentIds])];
  const data = { ...input, deploymentIds };
  const platform = await db.ltiPlatform.upsert({ where: { issuer_clientId: { issuer: input.issuer, clientId: input.clientId } }, create: data, update: data });
  return { platform, created: !existing };
}

export function listPlatforms(db: Db) {
  return db.ltiPlatform.findMany({
    orderBy: { createdAt: 'asc' },
    include: { course: { select: { name: true } }, _count: { select: { contexts: true } } },
  });
}

/** Scores not yet in an LMS gradebook, oldest first, with why the last try failed. */
export function undeliveredScores(db: Db, limit = 50) {
  return db.ltiScore.findMany({
    where: { status: { not: 'SENT' } },
    orderBy: { timestamp: 'asc' },
    take: limit,
    select: {
      attemptId: true,
      status: true,
      tries: true,
      lastError: true,
      timestamp: true,
      scoreGiven: true,
      platform: { select: { issuer: true } },
      attempt: { select: { user: { select: { name: true, email: true } } } },
    },
  });
}
