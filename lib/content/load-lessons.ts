import path from 'node:path';
import type { LoadedChapter } from './load-chapters';
import type { LoadedCourse } from './load-courses';
import type { FolderImages } from './load-images';
import { contentHash, readContentFiles } from './content-files';
import type { LessonFrontmatter } from './lesson-schema';
import { parseLessonFile, type ParsedLessonFile } from './load-lesson-file';
import { compileLessonBody } from './markdown/compile-checked';
import type { CompiledLesson, NextLessonRef } from './markdown/compile-lesson';
import type { ContentProblem } from './problems';
import { blueprintCodes, redundancyMessage, redundantCodes } from './objective-codes';

/** What link checking needs from a compiled lesson; stored with it so unchanged lessons skip the compiler. */
export type LinkCheck = Pick<CompiledLesson, 'links' | 'headingIds'>;

export type LoadedLesson = {
  frontmatter: LessonFrontmatter;
  extra: Record<string, unknown>;
  file: string;
  /** The file's text as written: what a browser edit starts from, and what export writes back. */
  source: string;
  /** Absent when `compiledBefore` already knew this hash: the stored lesson is current. */
  compiled?: CompiledLesson;
  linkCheck: LinkCheck;
  /** Changes when the file or anything its HTML depends on (the next lesson) changes. */
  hash: string;
};

export type LessonCandidate = { parsed: ParsedLessonFile & { frontmatter: LessonFrontmatter }; file: string; text: string };

// Bump when the compiler's output changes, so that sync recompiles unchanged files.
const compilerVersion = '2';

/** Changes when the lesson's text or anything its HTML depends on (the next lesson, its folder's images) changes. */
export function lessonHash(text: string, nextLesson: NextLessonRef | null, images: FolderImages = {}): string {
  // Only folders with images add to the hash, so the hashes of lessons stored before images existed still match.
  const imageKey = Object.keys(images).length ? `\0${JSON.stringify(Object.entries(images).sort())}` : '';
  return contentHash(`${compilerVersion}\0${text}\0${nextLesson?.id ?? ''}\0${nextLesson?.title ?? ''}${imageKey}`);
}

/**
 * Loads every lesson, checks each against the others (ids, chapters, order, exam objectives,
 * links and anchors), and compiles it. Every problem is reported, not only the first.
 */
export async function loadLessons(
  contentDir: string,
  chapters: LoadedChapter[],
  courses: LoadedCourse[],
  compiledBefore: ReadonlyMap<string, LinkCheck> = new Map(),
  imagesFor: (lessonFile: string) => FolderImages = () => ({}),
) {
  const problems: ContentProblem[] = [];
  const files = await readContentFiles(path.join(contentDir, 'lessons'), ['.md']);
  const candidates = files.flatMap((file): LessonCandidate[] => {
    const parsed = parseLessonFile(file);
    problems.push(...parsed.problems);
    const hasError = parsed.problems.some((p) => p.severity === 'error');
    return parsed.frontmatter && !hasError ? [{ parsed: parsed as LessonCandidate['parsed'], file: file.displayPath, text: file.text }] : [];
  });

  const accepted = checkAgainstEachOther(candidates, chapters, courses, problems);
  const sequence = readingOrder(accepted, chapters);
  // All at once: the compiler's worker pool spreads them over the machine's cores.
  const results = await Promise.all(
    sequence.map(async (candidate, i) => {
      const { frontmatter, body, bodyStartLine, extra } = candidate.parsed;
      const next = frontmatter.draft ? null : (sequence.slice(i + 1).find((c) => !c.parsed.frontmatter.draft)?.parsed.frontmatter ?? null);
      const nextLesson = next ? { id: next.id, title: next.title } : null;
      const images = imagesFor(candidate.file);
      const hash = lessonHash(candidate.text, nextLesson, images);
      const lesson = { frontmatter, extra, file: candidate.file, source: candidate.text, hash };
      const known = compiledBefore.get(hash);
      if (known) return { lesson: { ...lesson, linkCheck: known }, problems: [] };
      const { compiled, problems } = await compileLessonBody(body, { file: candidate.file, bodyStartLine, nextLesson, images });
      return { lesson: compiled && { ...lesson, compiled, linkCheck: { links: compiled.links, headingIds: compiled.headingIds } }, problems };
    }),
  );
  results.forEach((result) => problems.push(...result.problems));
  const lessons: LoadedLesson[] = results.flatMap((result) => (result.lesson ? [result.lesson] : []));
  checkLinks(lessons, problems);
  return { lessons, problems };
}

/** Ids, chapters, order within a chapter and exam objectives; returns the candidates that pass. */
export function checkAgainstEachOther(candidates: LessonCandidate[], chapters: LoadedChapter[], courses: LoadedCourse[], problems: ContentProblem[]): LessonCandidate[] {
  const chapterById = new Map(chapters.map((c) => [c.definition.id, c.definition]));
  const objectiveCodes = new Map(courses.map((c) => [c.definition.id, blueprintCodes(c.definition)]));
  const firstById = new Map<string, string>();
  const firstByOrder = new Map<string, string>();

  return candidates.filter(({ parsed, file }) => {
    const { frontmatter: lesson, lineOf } = parsed;
    const error = (field: string, message: string, at: PropertyKey[] = [field]) =>
      problems.push({ file, line: lineOf(at), field, message, severity: 'error' });
    let ok = true;

    const duplicate = firstById.get(lesson.id);
    if (duplicate) {
      error('id', `duplicate lesson id "${lesson.id}" (also in ${duplicate})`);
      return false;
    }
    firstById.set(lesson.id, `${file}:${lineOf(['id'])}`);

    const chapter = chapterById.get(lesson.chapterId);
    if (!chapter) {
      error('chapterId', `unknown chapter "${lesson.chapterId}" (chapters are listed in content/chapters.yaml)`);
      ok = false;
    }
    const orderKey = `${lesson.chapterId}#${lesson.order}`;
    const sameOrder = firstByOrder.get(orderKey);
    if (sameOrder) {
      error('order', `order ${lesson.order} is already used in chapter ${lesson.chapterId} by ${sameOrder}`);
      ok = false;
    } else {
      firstByOrder.set(orderKey, `${file}:${lineOf(['order'])}`);
    }

    for (const [courseId, codes] of Object.entries(lesson.examObjectives ?? {})) {
      const known = objectiveCodes.get(courseId);
      if (!known) {
        error(`examObjectives.${courseId}`, `unknown course "${courseId}"`, ['examObjectives', courseId]);
        ok = false;
        continue;
      }
      if (chapter && !chapter.courses.includes(courseId)) {
        error(`examObjectives.${courseId}`, `chapter ${chapter.id} is not part of course ${courseId}`, ['examObjectives', courseId]);
        ok = false;
      }
      codes.forEach((code, i) => {
        if (known.has(code)) return;
        error(`examObjectives.${courseId}.${i}`, `course ${courseId} has no objective or sub-objective ${code}`, ['examObjectives', courseId, i]);
        ok = false;
      });
      for (const redundant of redundantCodes(codes)) {
        const at = ['examObjectives', courseId, codes.indexOf(redundant.code)];
        problems.push({ file, line: lineOf(at), field: at.join('.'), message: redundancyMessage(courseId, redundant), severity: 'warning' });
      }
    }
    return ok;
  });
}

/** Lessons in the order a learner reads them: by chapter order, then lesson order. */
function readingOrder(candidates: LessonCandidate[], chapters: LoadedChapter[]): LessonCandidate[] {
  const chapterOrder = new Map(chapters.map((c) => [c.definition.id, c.definition.order]));
  return [...candidates].sort(
    (a, b) =>
      (chapterOrder.get(a.parsed.frontmatter.chapterId) ?? 0) - (chapterOrder.get(b.parsed.frontmatter.chapterId) ?? 0) ||
      // Two chapters sharing an order (e.g. while branches are merged) must not interleave their lessons.
      a.parsed.frontmatter.chapterId.localeCompare(b.parsed.frontmatter.chapterId) ||
      a.parsed.frontmatter.order - b.parsed.frontmatter.order,
  );
}

/** Every link must reach an existing lesson and heading; `targets` defaults to the linking lessons themselves. */
export function checkLinks(lessons: Array<Pick<LoadedLesson, 'frontmatter' | 'file' | 'linkCheck'>>, problems: ContentProblem[], targets: Array<Pick<LoadedLesson, 'frontmatter' | 'linkCheck'>> = lessons) {
  const headingsByLesson = new Map(targets.map((l) => [l.frontmatter.id, new Set(l.linkCheck.headingIds)]));
  for (const lesson of lessons) {
    for (const link of lesson.linkCheck.links) {
      const targetId = link.lessonId ?? lesson.frontmatter.id;
      const headings = headingsByLesson.get(targetId);
      const report = (message: string) => problems.push({ file: lesson.file, line: link.line, field: 'link', message, severity: 'error' });
      if (!headings) report(`links to lesson "${targetId}", which does not exist`);
      else if (link.anchor && !headings.has(link.anchor) && !headings.has(`user-content-${link.anchor}`)) {
        report(`links to #${link.anchor}, which is not a heading of ${link.lessonId ? `lesson ${targetId}` : 'this lesson'}`);
      }
    }
  }
}
