import path from 'node:path';
import { readContentFiles } from '../content/content-files';
import type { LoadedCourse } from '../content/load-courses';
import type { LoadedLesson } from '../content/load-lessons';
import type { ContentProblem } from '../content/problems';
import { blueprintCodes, redundancyMessage, redundantCodes } from '../content/objective-codes';
import { parseYamlSource, zodProblems } from '../content/yaml-source';
import { bankLints } from './bank-lints';
import { questionContextProblems } from './question-context';
import { questionHash } from './question-version';
import { questionRuleProblems } from './question-rules';
import { questionFileSchema, type Question } from './schema';

export type LoadedQuestion = {
  question: Question;
  lessonId: string;
  /** The question's own objectives, or its lesson's when it names none. */
  objectives: Record<string, string[]>;
  file: string;
  line: number;
  /** Changes whenever anything a learner sees or is graded on changes: a new version. */
  hash: string;
};

export const questionFileSuffix = '.questions.yaml';

/** Loads every question bank under content/lessons and checks it against the lessons and courses. */
export async function loadQuestions(contentDir: string, lessons: LoadedLesson[], courses: LoadedCourse[]) {
  const problems: ContentProblem[] = [];
  const questions: LoadedQuestion[] = [];
  const lessonById = new Map(lessons.map((l) => [l.frontmatter.id, l]));
  const objectiveCodes = new Map(courses.map((c) => [c.definition.id, blueprintCodes(c.definition)]));
  const firstById = new Map<string, string>();

  for (const file of await readContentFiles(path.join(contentDir, 'lessons'), [questionFileSuffix])) {
    const source = parseYamlSource(file.text, file.displayPath);
    problems.push(...source.problems);
    if (source.problems.length) continue;
    const parsed = questionFileSchema.safeParse(source.data);
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, source, file.displayPath));
      continue;
    }
    const error = (at: PropertyKey[], field: string, message: string) =>
      problems.push({ file: file.displayPath, line: source.lineOf(at), field, message, severity: 'error' });
    const lesson = lessonById.get(parsed.data.lesson);
    if (!lesson) {
      error(['lesson'], 'lesson', `unknown lesson "${parsed.data.lesson}"`);
      continue;
    }
    const context = { lessonId: lesson.frontmatter.id, headingIds: new Set(lesson.linkCheck.headingIds), objectiveCodes };

    parsed.data.questions.forEach((question, index) => {
      const at = (...rest: PropertyKey[]) => ['questions', index, ...rest];
      const fail = (path: PropertyKey[], message: string) => error(at(...path), ['questions', index, ...path].join('.'), message);
      const before = problems.length;
      const duplicate = firstById.get(question.id);
      if (duplicate) fail(['id'], `duplicate question id "${question.id}" (also in ${duplicate})`);
      else firstById.set(question.id, `${file.displayPath}:${source.lineOf(at('id'))}`);
      for (const rule of questionRuleProblems(question)) fail(rule.path, rule.message);
      for (const rule of questionContextProblems(question, context)) fail(rule.path, rule.message);
      const objectives = question.objectives ?? lesson.frontmatter.examObjectives ?? {};
      if (problems.length > before) return;
      for (const [courseId, codes] of Object.entries(question.objectives ?? {})) {
        for (const redundant of redundantCodes(codes)) {
          const path = ['objectives', courseId, codes.indexOf(redundant.code)];
          problems.push({
            file: file.displayPath,
            line: source.lineOf(at(...path)),
            field: ['questions', index, ...path].join('.'),
            message: redundancyMessage(courseId, redundant),
            severity: 'warning',
          });
        }
      }
      questions.push({
        question,
        lessonId: lesson.frontmatter.id,
        objectives,
        file: file.displayPath,
        line: source.lineOf(at()),
        hash: questionHash(question),
      });
    });
    for (const lint of bankLints(parsed.data.questions)) {
      const at = lint.index === null ? ['questions'] : ['questions', lint.index, ...lint.path];
      problems.push({ file: file.displayPath, line: source.lineOf(at), field: at.join('.'), message: lint.message, severity: 'warning' });
    }
  }
  return { questions, problems };
}
