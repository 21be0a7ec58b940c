import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../content/content-files';
import { errorsOnly, InvalidContentError, type ContentProblem } from '../content/problems';
import { checkContent } from '../content/sync';
import { AppError } from '../errors';
import type { ImportResult } from './formats/import-result';
import { questionFileSuffix } from './load-questions';
import { mergeQuestions } from './merge-question-file';
import { questionFileYaml } from './write-question-file';

export type ImportPlan = {
  lessonId: string;
  /** Absolute path of the lesson's question file. */
  target: string;
  /** The file's text before the import; null when the import creates it. */
  before: string | null;
  after: string;
  added: number;
  replaced: number;
};

/**
 * Works out what importing `questions` into a lesson would write, without writing. Questions
 * whose id already exists are errors at their source line, unless `replace` is set and the
 * question lives in this lesson's file (replacing it elsewhere would silently move it).
 */
export async function planImport(options: {
  contentDir: string;
  lessonId: string;
  questions: ImportResult['questions'];
  file: string;
  replace: boolean;
}): Promise<{ plan: ImportPlan; problems: [] } | { plan: null; problems: ContentProblem[] }> {
  const checked = await checkContent(options.contentDir);
  if (errorsOnly(checked.problems).length) throw new InvalidContentError(checked.problems);
  const lesson = checked.lessons.find((l) => l.frontmatter.id === options.lessonId);
  if (!lesson) throw new AppError('UNKNOWN_LESSON', `No lesson has the id "${options.lessonId}" in ${displayPath(options.contentDir)}.`);
  const target = path.resolve(lesson.file).replace(/\.md$/, questionFileSuffix);

  const existing = new Map(checked.questions.map((q) => [q.question.id, q]));
  const problems: ContentProblem[] = [];
  let replaced = 0;
  for (const { line, question } of options.questions) {
    const owner = existing.get(question.id);
    if (!owner) continue;
    if (options.replace && path.resolve(owner.file) === target) {
      replaced++;
      continue;
    }
    const hint = options.replace ? `; --replace only replaces questions in ${displayPath(target)}` : '';
    problems.push({ file: options.file, line, message: `question id "${question.id}" already exists in ${owner.file}${hint}`, severity: 'error' });
  }

  if (problems.length) return { plan: null, problems };

  const questions = options.questions.map((entry) => entry.question);
  const before = existsSync(target) ? await readFile(target, 'utf8') : null;
  const after =
    before === null ? questionFileYaml({ lesson: options.lessonId, questions }) : mergeQuestions(before, options.lessonId, questions, displayPath(target));
  return { plan: { lessonId: options.lessonId, target, before, after, added: questions.length - replaced, replaced }, problems: [] };
}

/**
 * Writes the plan, then checks the whole content tree; on any error the file is put back as it
 * was (or removed, if the import created it) and the problems are returned.
 */
export async function applyImport(plan: ImportPlan, contentDir: string): Promise<ContentProblem[]> {
  await writeFile(plan.target, plan.after);
  const problems = errorsOnly((await checkContent(contentDir)).problems);
  if (problems.length) {
    if (plan.before === null) await rm(plan.target);
    else await writeFile(plan.target, plan.before);
  }
  return problems;
}
