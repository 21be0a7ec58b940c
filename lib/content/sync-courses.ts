import type { Db } from '../db/client';
import { Prisma } from '../db/generated/client';
import type { CourseDefinition } from './course-schema';
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
        examMode: course.examMode,
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
      }
      // One statement per level rather than one upsert per row: a blueprint has about 300 rows
      // with its sub-objectives, and row-by-row upserts outlasted the transaction's time limit.
      const rows = blueprintRows(course);
      await upsertObjectives(tx, rows.filter((r) => r.parentId === null));
      await upsertObjectives(tx, rows.filter((r) => r.parentId !== null));
    });
    if (previousHash === undefined) count.created++;
    else count.updated++;
  }
  return count;
}

type ObjectiveRow = { id: string; courseId: string; domainId: string; code: string; title: string; order: number; parentId: string | null };

function blueprintRows(course: CourseDefinition): ObjectiveRow[] {
  return course.domains.flatMap((domain) => {
    const domainId = `${course.id}:${domain.code}`;
    return domain.objectives.flatMap((objective, o) => {
      const id = `${course.id}:${objective.code}`;
      return [
        { id, courseId: course.id, domainId, code: objective.code, title: objective.title, order: o, parentId: null },
        ...objective.subObjectives.map((sub, s) => ({ id: `${course.id}:${sub.code}`, courseId: course.id, domainId, code: sub.code, title: sub.title, order: s, parentId: id })),
      ];
    });
  });
}

async function upsertObjectives(tx: Prisma.TransactionClient, rows: ObjectiveRow[]) {
  if (rows.length === 0) return;
  const values = rows.map((r) => Prisma.sql`(${r.id}, ${r.courseId}, ${r.domainId}, ${r.code}, ${r.title}, ${r.order}, ${r.parentId})`);
  await tx.$executeRaw`
    INSERT INTO "Objective" (id, "courseId", "domainId", code, title, "order", "parentId")
    VALUES ${Prisma.join(values)}
    ON CONFLICT (id) DO UPDATE SET "domainId" = EXCLUDED."domainId", title = EXCLUDED.title, "order" = EXCLUDED."order", "parentId" = EXCLUDED."parentId"`;
}
