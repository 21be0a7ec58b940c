import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Db } from '../db/client';
import { projectRoot } from '../db/paths';
import { AppError } from '../errors';
import { questionFileSuffix } from '../questions/load-questions';
import { mergeQuestions } from '../questions/merge-question-file';
import type { Question } from '../questions/schema';
import { questionFileYaml } from '../questions/write-question-file';
import type { CourseDefinition } from '../content/course-schema';
import { chaptersFromDb, coursesFromDb } from './content-from-db';
import { storedQuestion } from '../questions/stored-question';
import { storedFolderImages } from '../content/sync-images';
import { parseMediaUrl } from '../media/media-url';

export type ExportOptions = {
  /**
   * The repository's own content/: only what the database owns (browser edits) is written, into
   * the files it belongs to, so that committing them hands ownership back to the files.
   */
  intoContentDir: boolean;
  force: boolean;
};

const yamlOptions = { lineWidth: 0 } as const;

/**
 * Writes the database's courses, chapters, lessons and question banks as a content tree that
 * content:check accepts and content:sync loads back field for field. Returns the files written.
 */
export async function exportContent(db: Db, dir: string, { intoContentDir, force }: ExportOptions): Promise<string[]> {
  if (!intoContentDir && !force && existsSync(dir) && (await readdir(dir)).length > 0) {
    throw new AppError('INVALID_INPUT', `${dir} is not empty; export into an empty folder, into content/ itself, or add --force to overwrite.`);
  }
  const written: string[] = [];
  const write = async (relative: string, text: string | Uint8Array) => {
    const target = path.join(dir, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
    written.push(relative);
  };

  if (!intoContentDir) {
    for (const { definition } of await coursesFromDb(db)) await write(`courses/${definition.id}.yaml`, stringify(asWritten(definition), yamlOptions));
    await write('chapters.yaml', stringify({ chapters: (await chaptersFromDb(db)).map((c) => c.definition) }, yamlOptions));
  }

  const owned = intoContentDir ? { owner: 'BROWSER' as const } : {};
  const lessons = await db.lesson.findMany({ where: { archivedAt: null, ...owned }, orderBy: [{ chapterId: 'asc' }, { order: 'asc' }] });
  const lessonFiles = new Map<string, string>();
  const allLessons = await db.lesson.findMany({ where: { archivedAt: null }, select: { id: true, chapterId: true, sourcePath: true } });
  for (const lesson of allLessons) lessonFiles.set(lesson.id, lessonFileIn(dir, intoContentDir, lesson));

  const missing = lessons.filter((l) => !l.source && !existsSync(path.resolve(projectRoot, l.sourcePath)));
  if (missing.length) {
    throw new AppError(
      'NOT_SYNCED',
      `No stored text for ${missing.map((l) => l.id).join(', ')}: run npm run content:sync once (it stores each lesson's file), then export again.`,
    );
  }
  for (const lesson of lessons) {
    const text = lesson.source || (await readFile(path.resolve(projectRoot, lesson.sourcePath), 'utf8'));
    await write(lessonFiles.get(lesson.id)!, text);
  }
  // content/ already holds its images; another tree needs the ones its lessons show from images/.
  if (!intoContentDir) for (const [file, bytes] of await folderImagesOf(db, lessons, lessonFiles)) await write(file, bytes);

  const questions = await db.question.findMany({
    where: { archivedAt: null, lesson: { archivedAt: null }, ...owned },
    orderBy: { id: 'asc' },
    select: { lessonId: true, currentVersion: { select: { body: true } } },
  });
  const byLesson = new Map<string, Question[]>();
  for (const q of questions) if (q.currentVersion) byLesson.set(q.lessonId, [...(byLesson.get(q.lessonId) ?? []), storedQuestion(q.currentVersion.body)]);
  for (const [lessonId, bank] of byLesson) {
    const lessonFile = lessonFiles.get(lessonId);
    if (!lessonFile) continue;
    const relative = lessonFile.replace(/\.md$/, questionFileSuffix);
    const existing = path.join(dir, relative);
    await write(
      relative,
      intoContentDir && existsSync(existing)
        ? mergeQuestions(await readFile(existing, 'utf8'), lessonId, bank, relative)
        : questionFileYaml({ lesson: lessonId, questions: bank }),
    );
  }
  return written;
}

/** The images/ files beside each exported lesson, by the exported path, with their stored bytes. */
async function folderImagesOf(db: Db, lessons: Array<{ id: string; sourcePath: string }>, lessonFiles: Map<string, string>): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, string>();
  for (const lesson of lessons) {
    const folder = path.posix.dirname(lessonFiles.get(lesson.id)!);
    for (const [written, url] of Object.entries(await storedFolderImages(db, lesson.sourcePath))) files.set(path.posix.join(folder, written), url);
  }
  const hashes = [...new Set([...files.values()].map((url) => parseMediaUrl(url)?.hash).filter((hash): hash is string => Boolean(hash)))];
  const stored = new Map(
    (await db.mediaImage.findMany({ where: { hash: { in: hashes } }, select: { hash: true, bytes: true } })).map((i) => [i.hash, i.bytes]),
  );
  const images = new Map<string, Uint8Array>();
  for (const [file, url] of files) {
    const bytes = stored.get(parseMediaUrl(url)?.hash ?? '');
    if (bytes) images.set(file, bytes);
  }
  return images;
}

/** Where a lesson's file goes: its own file when exporting into content/, else by chapter. */
function lessonFileIn(dir: string, intoContentDir: boolean, lesson: { id: string; chapterId: string; sourcePath: string }): string {
  const own = path.relative(dir, path.resolve(projectRoot, lesson.sourcePath));
  if (intoContentDir && !own.startsWith('..') && path.basename(own) === `${lesson.id}.md`) return own;
  return `lessons/${lesson.chapterId}/${lesson.id}.md`;
}

/** A course as an author writes it: objectives without sub-objectives carry no empty list. */
function asWritten(course: CourseDefinition) {
  return {
    ...course,
    domains: course.domains.map((domain) => ({
      ...domain,
      objectives: domain.objectives.map(({ subObjectives, ...objective }) => (subObjectives.length ? { ...objective, subObjectives } : objective)),
    })),
  };
}
