import type { LoadedChapter } from '../content/load-chapters';
import type { LoadedCourse } from '../content/load-courses';
import type { LessonFrontmatter } from '../content/lesson-schema';
import type { Db } from '../db/client';

/**
 * Courses and chapters as the content loaders would have read them from files, so browser
 * publishing and export check and write them with the same code as content:check.
 */
export async function coursesFromDb(db: Db): Promise<LoadedCourse[]> {
  const rows = await db.course.findMany({
    orderBy: { order: 'asc' },
    include: {
      domains: {
        orderBy: { order: 'asc' },
        include: { objectives: { where: { parentId: null }, orderBy: { order: 'asc' }, include: { subObjectives: { orderBy: { order: 'asc' } } } } },
      },
    },
  });
  return rows.map((c) => ({
    file: `content/courses/${c.id}.yaml`,
    hash: c.contentHash,
    definition: {
      id: c.id,
      examCode: c.examCode,
      name: c.name,
      shortName: c.shortName,
      vendor: c.vendor,
      version: c.version,
      order: c.order,
      description: c.description,
      minutes: c.minutes,
      questionCount: c.questionCount,
      ...(c.questionCountNote === null ? {} : { questionCountNote: c.questionCountNote }),
      passMark: c.passMark,
      scale: c.scaleMin === null || c.scaleMax === null ? null : { min: c.scaleMin, max: c.scaleMax },
      ...(c.sourceNote === null ? {} : { sourceNote: c.sourceNote }),
      examMode: c.examMode,
      domains: c.domains.map((d) => ({
        code: d.code,
        title: d.title,
        weight: d.weight,
        objectives: d.objectives.map((o) => ({
          code: o.code,
          title: o.title,
          subObjectives: o.subObjectives.map((s) => ({ code: s.code, title: s.title })),
        })),
      })),
    },
  }));
}

export async function chaptersFromDb(db: Db): Promise<LoadedChapter[]> {
  const rows = await db.chapter.findMany({
    where: { archivedAt: null },
    orderBy: { order: 'asc' },
    include: { courses: { include: { course: { select: { order: true } } } } },
  });
  return rows.map((c, i) => ({
    hash: c.contentHash,
    line: i + 1,
    definition: {
      id: c.id,
      title: c.title,
      order: c.order,
      courses: c.courses.sort((a, b) => a.course.order - b.course.order || a.courseId.localeCompare(b.courseId)).map((cc) => cc.courseId),
      ...(c.summary === null ? {} : { summary: c.summary }),
    },
  }));
}

/** A live lesson's frontmatter from its columns, for checks against the other lessons. */
export function frontmatterOf(row: {
  id: string;
  title: string;
  chapterId: string;
  order: number;
  duration: number;
  objectives: string[];
  summary: string | null;
  draft: boolean;
  examObjectives: Array<{ objectiveId: string }>;
}): LessonFrontmatter {
  const examObjectives: Record<string, string[]> = {};
  for (const { objectiveId } of row.examObjectives) {
    const [courseId, code] = objectiveId.split(':');
    (examObjectives[courseId] ??= []).push(code);
  }
  return {
    id: row.id,
    title: row.title,
    chapterId: row.chapterId,
    order: row.order,
    duration: row.duration,
    objectives: row.objectives,
    ...(row.summary === null ? {} : { summary: row.summary }),
    draft: row.draft,
    ...(row.examObjectives.length ? { examObjectives } : {}),
  };
}
