/**
 * Grading dispatches to the question's type module (lib/questions/types/<type>/grade.ts). Every
 * result has `score` (0..1 exam credit, 1 only when fully correct) and `partial` (0..1 practice
 * credit). A response of another type than the question → incorrect, score 0, reason
 * 'wrong response type'.
 */
import type { Question, QuestionResponse } from '../schema';
import { ungradable, type GradeResult } from '../types/grade-result';
import { questionModule } from '../types/registry';

export type { GradeDetail, GradeResult } from '../types/grade-result';
export { normalizeText } from '../types/text/grade';
export { parseLearnerNumber } from '../types/numeric/grade';

export function gradeResponse(question: Question, response: QuestionResponse): GradeResult {
  if (response.type !== question.type) return ungradable('wrong response type');
  return questionModule(question).grade(question, response);
}

/** The canonical correct response, shown after grading. */
export function correctResponse(question: Question): QuestionResponse {
  return questionModule(question).correctResponse(question);
}

/** What the response counts as in item analysis, stored with its grade (see QuestionTypeModule.itemAnalysis). */
export function answerKeys(response: QuestionResponse): string[] {
  return questionModule(response).itemAnalysis.keys(response);
}
