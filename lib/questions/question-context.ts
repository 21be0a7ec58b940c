import type { RuleProblem } from './question-rules';
import type { Question } from './schema';

/** What a question is checked against besides itself: its lesson's headings and the courses' objectives. */
export type QuestionContext = {
  lessonId: string;
  headingIds: ReadonlySet<string>;
  /** Course id → its objective and sub-objective codes. */
  objectiveCodes: ReadonlyMap<string, ReadonlySet<string>>;
};

/** The checks content:check makes against the lesson and courses, shared with the browser editor. */
export function questionContextProblems(question: Question, context: QuestionContext): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const add = (path: PropertyKey[], message: string) => problems.push({ path, field: path.join('.'), message });
  if (question.section && !context.headingIds.has(question.section)) add(['section'], `lesson ${context.lessonId} has no heading #${question.section}`);
  for (const [courseId, codes] of Object.entries(question.objectives ?? {})) {
    const known = context.objectiveCodes.get(courseId);
    if (!known) add(['objectives', courseId], `unknown course "${courseId}"`);
    else
      codes.filter((code) => !known.has(code)).forEach((code) => add(['objectives', courseId], `course ${courseId} has no objective or sub-objective ${code}`));
  }
  return problems;
}
