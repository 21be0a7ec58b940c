import { z } from 'zod';
import { readJsonColumn } from '../db/json-column';
import { int, text } from '../http/input';
import { examModes } from './exam-modes';

export const practiceSettingsSchema = z.object({
  courseId: text.min(1).max(100),
  /** Empty lists mean "the whole course". */
  domains: z.array(text.max(20)).max(20).default([]),
  objectives: z.array(text.max(20)).max(200).default([]),
  chapters: z.array(text.max(100)).max(100).default([]),
  count: int.min(1, 'Choose at least 1 question.').max(100, 'At most 100 questions per session.'),
  only: z.enum(['all', 'unseen', 'missed', 'flagged']).default('all'),
  feedback: z.enum(['each', 'end']).default('each'),
});
export type PracticeSettings = z.infer<typeof practiceSettingsSchema>;

export const examOptionsSchema = z.object({
  courseId: text.min(1).max(100),
  /** "full" follows the course definition; a number gives a shorter simulation with time scaled to match. */
  length: z.union([z.literal('full'), int.min(5).max(200)]).default('full'),
  /** Leave out the domains the bank has no questions for, keeping the others' proportions (blueprint-fit.ts). */
  coveredOnly: z.boolean().default(false),
  /** Absent: the course's own default style (Course.examMode). */
  mode: z.enum(examModes).optional(),
});
export type ExamOptions = Omit<z.infer<typeof examOptionsSchema>, 'coveredOnly'> & { coveredOnly?: boolean };

/** Cisco publishes no question count; simulations use the low end of what candidates report. */
export const defaultExamQuestionCount = 100;

export type ExamFormat = { questionCount: number; minutes: number; passMark: number | null; scaleMin: number | null; scaleMax: number | null };

/** The real exam's pace, applied to however many questions this simulation has. */
export function examMinutes(format: { minutes: number; questionCount: number }, questions: number): number {
  return Math.max(1, Math.round((format.minutes * questions) / format.questionCount));
}

/** Linear map of the fraction correct onto the vendor's scale (vendors don't publish their scaling). */
export function scaledScore(fraction: number, format: Pick<ExamFormat, 'scaleMin' | 'scaleMax'>): number | null {
  if (format.scaleMin === null || format.scaleMax === null) return null;
  return Math.round(format.scaleMin + fraction * (format.scaleMax - format.scaleMin));
}

const drawnDomainSchema = z.object({ code: z.string(), weight: z.number(), target: z.number(), drawn: z.number(), available: z.number() });

/** `QuizAttempt.settings`, one shape per kind of attempt, as `start-attempts.ts` writes them. */
const attemptSettingsSchemas = {
  LESSON: z.object({ feedback: z.literal('each') }),
  PRACTICE: practiceSettingsSchema,
  EXAM: z.object({
    length: examOptionsSchema.shape.length,
    minutes: z.number(),
    perDomain: z.array(drawnDomainSchema),
    notes: z.array(z.string()),
    fullCount: z.number(),
    /** Domains left out of a covered-domains-only exam. */
    leftOut: z.array(z.string()).default([]),
    /** Exams started before there were modes ran as CompTIA-style ones do now. */
    mode: z.enum(examModes).default('comptia'),
  }),
};

type AttemptSettings = { [K in keyof typeof attemptSettingsSchemas]: z.output<(typeof attemptSettingsSchemas)[K]> };

export function storedAttemptSettings<K extends keyof AttemptSettings>(kind: K, json: unknown): AttemptSettings[K] {
  // TypeScript cannot follow the kind through the indexed schema; the parse itself is by kind.
  return readJsonColumn(attemptSettingsSchemas[kind], json, `QuizAttempt.settings (${kind})`) as AttemptSettings[K];
}
