import type { Viewer } from '../../auth/roles';
import { itemFlags, type ItemFlag } from '../../dashboard/item-analysis';
import type { Db } from '../../db/client';
import type { Prisma } from '../../db/generated/client';
import { plainToMarkdown } from '../../questions/formats/plain-text';
import { storedQuestion } from '../../questions/stored-question';

export type QuestionFilters = { courseId?: string; lessonId?: string; type?: string; flag?: ItemFlag; q?: string };

export type QuestionRow = {
  id: string;
  lessonId: string;
  lessonTitle: string;
  type: string;
  stem: string;
  owner: 'FILE' | 'BROWSER';
  archived: boolean;
  hasDraft: boolean;
  flags: ItemFlag[];
};

const pageSize = 200;

/** The question bank for authors, newest lessons' order kept, with drafts and item-analysis flags. */
export async function listAuthorQuestions(db: Db, viewer: Viewer, filters: QuestionFilters) {
  const where: Prisma.QuestionWhereInput = {
    ...(filters.lessonId ? { lessonId: filters.lessonId } : {}),
    ...(filters.courseId ? { lesson: { chapter: { courses: { some: { courseId: filters.courseId } } } } } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.q ? { id: { in: await stemMatches(db, filters.q) } } : {}),
  };
  const rows = await db.question.findMany({
    where,
    orderBy: [{ lesson: { chapter: { order: 'asc' } } }, { lesson: { order: 'asc' } }, { id: 'asc' }],
    take: pageSize + 1,
    select: {
      id: true,
      lessonId: true,
      type: true,
      owner: true,
      archivedAt: true,
      lesson: { select: { title: true } },
      currentVersion: { select: { body: true } },
    },
  });
  const shown = rows.slice(0, pageSize);
  const ids = shown.map((r) => r.id);
  const [flags, drafts] = await Promise.all([
    itemFlags(db, viewer, ids),
    db.questionDraft.findMany({ where: { questionId: { in: ids } }, select: { questionId: true } }),
  ]);
  const drafted = new Set(drafts.map((d) => d.questionId));
  const questions: QuestionRow[] = shown
    .map((r) => ({
      id: r.id,
      lessonId: r.lessonId,
      lessonTitle: r.lesson.title,
      type: r.type,
      stem: r.currentVersion ? storedQuestion(r.currentVersion.body).stem : '',
      owner: r.owner,
      archived: r.archivedAt !== null,
      hasDraft: drafted.has(r.id),
      flags: flags.get(r.id) ?? [],
    }))
    .filter((r) => !filters.flag || r.flags.includes(filters.flag));
  return { questions, truncated: rows.length > pageSize, newDrafts: filters.flag ? [] : await newDrafts(db, filters) };
}

/** Drafts of questions not yet published; learners have never seen them. */
async function newDrafts(db: Db, filters: QuestionFilters) {
  const drafts = await db.questionDraft.findMany({
    where: { questionId: null, ...(filters.lessonId ? { lessonId: filters.lessonId } : {}) },
    orderBy: { updatedAt: 'desc' },
    select: { id: true, lessonId: true, entry: true, updatedAt: true },
  });
  const entryOf = (entry: unknown) => (entry ?? {}) as { id?: unknown; stem?: unknown; type?: unknown };
  const needle = filters.q?.toLowerCase();
  return drafts
    .map((d) => ({
      id: d.id,
      lessonId: d.lessonId,
      updatedAt: d.updatedAt,
      questionId: String(entryOf(d.entry).id ?? ''),
      stem: String(entryOf(d.entry).stem ?? ''),
      type: String(entryOf(d.entry).type ?? ''),
    }))
    .filter((d) => (!filters.type || d.type === filters.type) && (!needle || d.stem.toLowerCase().includes(needle)));
}

/** Ids of questions whose current stem contains the text, ignoring case. */
async function stemMatches(db: Db, text: string): Promise<string[]> {
  // The stem is stored as Markdown, where "_" and "*" may be escaped; search both spellings.
  const patterns = [...new Set([text, plainToMarkdown(text)])].map((t) => `%${t.replace(/[\\%_]/g, '\\$&')}%`);
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT q.id FROM "Question" q JOIN "QuestionVersion" v ON v.id = q."currentVersionId"
    WHERE v.body->>'stem' ILIKE ANY (${patterns}::text[])`;
  return rows.map((r) => r.id);
}

/** Lessons a question can belong to, in course order, for filters and "new question". */
export function authorLessons(db: Db) {
  return db.lesson.findMany({
    where: { archivedAt: null },
    orderBy: [{ chapter: { order: 'asc' } }, { order: 'asc' }],
    select: { id: true, title: true },
  });
}
