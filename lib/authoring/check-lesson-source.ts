import { contentHash } from '../content/content-files';
import { checkAgainstEachOther, checkLinks, lessonHash, type LessonCandidate, type LinkCheck, type LoadedLesson } from '../content/load-lessons';
import { parseLessonFile } from '../content/load-lesson-file';
import { compileLessonBody, notCompiled } from '../content/markdown/compile-checked';
import type { CompiledLesson, NextLessonRef } from '../content/markdown/compile-lesson';
import { errorsOnly, type ContentProblem } from '../content/problems';
import { storedFolderImages } from '../content/sync-images';
import type { Db } from '../db/client';
import { missingImages } from '../media/store-image';
import { chaptersFromDb, coursesFromDb, frontmatterOf } from './content-from-db';

export type CheckedLesson = {
  /** Present when the source has no errors: ready to be written by `writeLesson`. */
  lesson: (LoadedLesson & { compiled: CompiledLesson }) | null;
  /** The body compiled even when the frontmatter is wrong, so the preview keeps up while typing. */
  compiled: CompiledLesson;
  problems: ContentProblem[];
  file: string;
};

type Target = { lessonId: string | null };

/** A slug field (id, chapterId) read from the text before it is parsed: to name the file in messages, or find the lesson it replaces. */
export const guessSlug = (source: string, key: 'id' | 'chapterId') => new RegExp(`^${key}:\\s*["']?([a-z0-9-]+)`, 'm').exec(source)?.[1];

/**
 * Checks a lesson written in the browser exactly as content:check checks a file (schema, ids,
 * chapter, order, exam objectives, links, compile warnings), against the lessons in the
 * database instead of the other files. Nothing is written.
 */
export async function checkLessonSource(db: Db, source: string, { lessonId }: Target): Promise<CheckedLesson> {
  const [stored, others, chapters, courses] = await Promise.all([
    lessonId ? db.lesson.findUnique({ where: { id: lessonId }, select: { sourcePath: true } }) : null,
    db.lesson.findMany({
      where: { archivedAt: null, NOT: lessonId ? { id: lessonId } : undefined },
      include: { examObjectives: { select: { objectiveId: true } } },
    }),
    chaptersFromDb(db),
    coursesFromDb(db),
  ]);
  const id = lessonId ?? guessSlug(source, 'id') ?? 'new-lesson';
  const file = stored?.sourcePath ?? `content/lessons/${guessSlug(source, 'chapterId') ?? 'chapter'}/${id}.md`;
  const parsed = parseLessonFile({ displayPath: file, absolutePath: `/${id}.md`, text: source, hash: contentHash(source) });
  const problems = [...parsed.problems];
  const frontmatter = errorsOnly(problems).length ? undefined : parsed.frontmatter;

  const otherCandidates: LessonCandidate[] = others.map((row) => ({
    parsed: { ...parsed, frontmatter: frontmatterOf(row), lineOf: () => 1, problems: [] },
    file: row.sourcePath,
    text: row.source,
  }));
  if (frontmatter) {
    const crossProblems: ContentProblem[] = [];
    checkAgainstEachOther([...otherCandidates, { parsed: { ...parsed, frontmatter }, file, text: source }], chapters, courses, crossProblems);
    problems.push(...crossProblems.filter((p) => p.file === file));
    if (!lessonId && (await db.lesson.findUnique({ where: { id: frontmatter.id }, select: { archivedAt: true } }))) {
      problems.push({
        file,
        line: parsed.lineOf(['id']),
        field: 'id',
        message: `lesson id "${frontmatter.id}" is already taken (perhaps by an archived lesson); choose another`,
        severity: 'error',
      });
    }
  }

  const chapterOrder = new Map(chapters.map((c) => [c.definition.id, c.definition.order]));
  const nextLesson = frontmatter && !frontmatter.draft ? nextOf(frontmatter, others, chapterOrder) : null;
  const images = await storedFolderImages(db, file);
  const body = await compileLessonBody(parsed.body, { file, bodyStartLine: parsed.bodyStartLine, nextLesson, images });
  problems.push(...body.problems);
  const compiled = body.compiled ?? notCompiled;
  for (const hash of await missingImages(db, compiled.mediaHashes)) {
    problems.push({ file, line: parsed.bodyStartLine, message: `shows image ${hash.slice(0, 12)}…, which is not stored: upload it again`, severity: 'error' });
  }
  const linkCheck: LinkCheck = { links: compiled.links, headingIds: compiled.headingIds };

  if (frontmatter) {
    const self = { frontmatter, file, linkCheck };
    checkLinks([self], problems, [...others.map((row) => ({ frontmatter: frontmatterOf(row), linkCheck: row.linkCheck as LinkCheck })), self]);
  }
  const valid = frontmatter && errorsOnly(problems).length === 0;
  problems.sort((a, b) => a.line - b.line);
  return {
    lesson: valid ? { frontmatter, extra: parsed.extra, file, source, compiled, linkCheck, hash: lessonHash(source, nextLesson, images) } : null,
    compiled,
    problems,
    file,
  };
}

type Placed = { id: string; title: string; chapterId: string; order: number; draft: boolean };

/** The lesson a learner reads after this one: the same order sync uses (chapter order, then lesson order). */
function nextOf(lesson: Placed, others: Placed[], chapterOrder: Map<string, number>): NextLessonRef | null {
  const key = (l: Placed) => [chapterOrder.get(l.chapterId) ?? 0, l.order] as const;
  const after = (a: Placed, b: Placed) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1];
  const next = others.filter((o) => !o.draft && after(o, lesson) > 0).sort(after)[0];
  return next ? { id: next.id, title: next.title } : null;
}
