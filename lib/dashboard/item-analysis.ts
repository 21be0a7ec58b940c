import type { Viewer } from '../auth/roles';
import { getManagedCohort } from '../cohorts/cohorts';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import type { Question } from '../questions/schema';
import { questionModule } from '../questions/types/registry';
import { itemRows, type AnalysisScope, type ItemRow, type ResponseCount } from './item-analysis-query';
import { flagsFor, sampleTooSmall, type ItemFlag } from './item-analysis-flags';
import { plainText, writtenOptions, type QuestionHtml } from './item-analysis-text';
import { storedQuestion } from '../questions/stored-question';

export type { ItemFlag } from './item-analysis-flags';

export type OptionCount = { optionId: string; label: string; count: number; correct: boolean };

export type ItemStats = {
  questionId: string;
  lessonId: string;
  type: string;
  /** The current version's stem as plain text. */
  stem: string;
  /** Answers counted in the facility index. */
  attempts: number;
  /** Mean score ÷ maximum score (1), 0..1; null with no answers. */
  facility: number | null;
  /** Pearson correlation of item score and rest-of-test score over exam attempts; null when not computable. */
  discrimination: number | null;
  examAttempts: number;
  /** Options for choice and true/false questions; the most frequent answers for text and numeric; empty otherwise. */
  optionCounts: OptionCount[];
  meanTimeMs: number | null;
  flags: ItemFlag[];
  /** Fewer answers than minimumAnswersForFlags: nothing is flagged, and the table says "n too small". */
  sampleTooSmall: boolean;
};

/** Typed answers listed per question; the long tail says little. */
const typedAnswersShown = 5;

/**
 * Item analysis of a course over the viewer's cohorts of it (one cohort when `cohortId` is given;
 * every cohort for admins). Only answers of those cohorts' learners count, from submitted lesson
 * quizzes, practice sessions and exam simulations of the course.
 */
export async function analyseItems(db: Db, viewer: Viewer, input: { courseId: string; cohortId?: string }): Promise<ItemStats[]> {
  if (input.cohortId) {
    const cohort = await getManagedCohort(db, viewer, input.cohortId);
    if (cohort.course.id !== input.courseId) throw new AppError('NOT_FOUND', 'No such cohort for this course.');
  } else if (!(await db.course.findUnique({ where: { id: input.courseId }, select: { id: true } }))) {
    throw new AppError('NOT_FOUND', 'No such course.');
  }
  const scope: AnalysisScope = {
    instructorId: instructorFilter(viewer),
    courseId: input.courseId,
    cohortId: input.cohortId ?? null,
    questionIds: null,
    includeUnanswered: true,
  };
  return (await itemRows(db, scope)).map(toStats);
}

/**
 * Flags of questions over every cohort the viewer manages (all courses), for the question editor.
 * Questions without a flag, or without answers, are absent from the map.
 */
export async function itemFlags(db: Db, viewer: Viewer, questionIds?: string[]): Promise<Map<string, ItemFlag[]>> {
  if (questionIds && questionIds.length === 0) return new Map();
  const rows = await itemRows(db, {
    instructorId: instructorFilter(viewer),
    courseId: null,
    cohortId: null,
    questionIds: questionIds ?? null,
    includeUnanswered: false,
  });
  const flagged = new Map<string, ItemFlag[]>();
  for (const row of rows) {
    const flags = flagsFor(row);
    if (flags.length) flagged.set(row.questionId, flags);
  }
  return flagged;
}

function instructorFilter(viewer: Viewer): string | null {
  if (viewer.role === 'ADMIN') return null;
  if (viewer.role !== 'INSTRUCTOR') throw new AppError('FORBIDDEN', 'Item analysis is for instructors.');
  return viewer.id;
}

function toStats(row: ItemRow): ItemStats {
  const question = row.body === null ? null : storedQuestion(row.body);
  const html = (row.html ?? {}) as QuestionHtml;
  return {
    questionId: row.questionId,
    lessonId: row.lessonId,
    type: row.type,
    stem: plainText(html.stem) || (question?.stem ?? ''),
    attempts: row.attempts,
    facility: row.facility,
    discrimination: row.discrimination,
    examAttempts: row.examAttempts,
    optionCounts: question ? optionCounts(question, html, row.responses ?? []) : [],
    meanTimeMs: row.meanTimeMs === null ? null : Math.round(row.meanTimeMs),
    flags: flagsFor(row),
    sampleTooSmall: sampleTooSmall(row),
  };
}

function optionCounts(question: Question, html: QuestionHtml, counts: ResponseCount[]): OptionCount[] {
  const countOf = new Map(counts.map((c) => [c.key, c.count]));
  const written = writtenOptions(question, html);
  if (written.length) {
    const known = new Set(written.map((o) => o.optionId));
    // Options removed by a later edit still show, so no answer goes uncounted.
    const removed = counts.filter((c) => !known.has(c.key)).map((c) => ({ optionId: c.key, label: '(option since removed)', correct: false }));
    return [...written, ...removed].map((o) => ({ ...o, count: countOf.get(o.optionId) ?? 0 }));
  }
  if (questionModule(question).itemAnalysis.answers !== 'typed') return [];
  return counts.slice(0, typedAnswersShown).map((c) => ({ optionId: c.key, label: c.key, count: c.count, correct: c.correct === true }));
}
