import type { Db } from '../db/client';
import type { LoadedCourse } from './load-courses';
import { blueprintCodes } from './objective-codes';

export type SyncCount = { created: number; updated: number; unchanged: number };

/** Upserts each course with its domains, objectives and sub-objectives; files whose hash is unchanged are skipped. */
export async function syncCourses(db: Db, courses: LoadedCourse[]): Promise<SyncCount> {
  const count: SyncCount = { created: 0, updated: 0, unchanged: 0 };
  const existing = new Map((await db.course.findMany({ select: { id: true, contentHash: true } })).map((c) => [c.id, c.contentHash]));

  for (const { definition: course, hash } of courses) {
    const previousHash = existing.get(course.id);
    if (previousHash === hash) {
      count.unchanged++;
      continue;
    }
    await db.$transaction(async (tx) => {
      const fields = {
        examCode: course.examCode,
        name: course.name,
        shortName: course.shortName,
        vendor: course.vendor,
        version: course.version,
        description: course.description,
        order: course.order,
        minutes: course.minutes,
        questionCount: course.questionCount,
        questionCountNote: course.questionCountNote ?? null,
        passMark: course.passMark,
        scaleMin: course.scale?.min ?? null,
        scaleMax: course.scale?.max ?? null,
        sourceNote: course.sourceNote ?? null,
        contentHash: hash,
      };
      await tx.course.upsert({ where: { id: course.id }, create: { id: course.id, ...fields }, update: fields });

      const domainIds = course.domains.map((d) => `${course.id}:${d.code}`);
      const objectiveIds = [...blueprintCodes(course)].map((code) => `${course.id}:${code}`);
      await tx.objective.deleteMany({ where: { courseId: course.id, id: { notIn: objectiveIds } } });
      await tx.domain.deleteMany({ where: { courseId: course.id, id: { notIn: domainIds } } });

      for (const [d, domain] of course.domains.entries()) {
        const domainId = `${course.id}:${domain.code}`;
        const domainFields = { title: domain.title, weight: domain.weight, order: d };
        await tx.domain.upsert({
          where: { id: domainId },
          create: { id: domainId, courseId: course.id, code: domain.code, ...domainFields },
          update: domainFields,
        });
        for (const [o, objective] of domain.objectives.entries()) {
          const objectiveId = `${course.id}:${objective.code}`;
          const objectiveFields = { title: objective.title, order: o, domainId };
          await tx.objective.upsert({
            where: { id: objectiveId },
            create: { id: objectiveId, courseId: course.id, code: objective.code, ...objectiveFields },
            update: objectiveFields,
          });
          for (const [s, sub] of objective.subObjectives.entries()) {
            const subId = `${course.id}:${sub.code}`;
            const subFields = { title: sub.title, order: s, domainId, parentId: objectiveId };
            await tx.objective.upsert({ where: { id: subId }, create: { id: subId, courseId: course.id, code: sub.code, ...subFields }, update: subFields });
          }
        }
      }
    });
    if (previousHash === undefined) count.created++;
    else count.updated++;
  }
  return count;
}
