import type { Db } from '../db/client';
import { addDays } from './day-keys';
import { studyStreak, type Streak } from './streak';

export type PassCount = { passed: number; reviews: number };
export type RetentionRow = { label: string; young: PassCount; mature: PassCount; total: PassCount };
export type HeatmapDay = { day: string; reviews: number };
export type StudyHistory = {
  /** Days with reviews within the last 365 learner days, oldest first (days without are left out). */
  heatmap: HeatmapDay[];
  heatmapStart: string;
  streak: Streak;
  reviewsToday: number;
  daysStudiedLastYear: number;
  reviewsLastYear: number;
  /** Time spent answering in the last 30 days, in ms (answers without a recorded duration add nothing). */
  studyMsLast30Days: number;
  retention: RetentionRow[];
};

const retentionWindows = [
  { label: 'Last 7 days', days: 7 },
  { label: 'Last 30 days', days: 30 },
  { label: 'Last 365 days', days: 365 },
  { label: 'All time', days: null },
] as const;

/** Everything the dashboard shows about past study, from the pre-aggregated StudyDay rows (one per learner day). */
export async function studyHistory(db: Db, input: { userId: string; courseId: string; today: string }): Promise<StudyHistory> {
  const rows = await db.$queryRaw<
    Array<{
      day: string;
      reviews: number;
      passed: number;
      durationMs: number;
      youngReviews: number;
      youngPassed: number;
      matureReviews: number;
      maturePassed: number;
    }>
  >`
    SELECT day::text AS day, reviews, passed, "durationMs", "youngReviews", "youngPassed", "matureReviews", "maturePassed"
    FROM "StudyDay"
    WHERE "userId" = ${input.userId} AND "courseId" = ${input.courseId} AND reviews > 0 AND day <= ${input.today}::date
    ORDER BY day`;
  const heatmapStart = addDays(input.today, -364);
  const since = (first: string) => rows.filter((row) => row.day >= first);
  const lastYear = since(heatmapStart);
  return {
    heatmap: lastYear.map((row) => ({ day: row.day, reviews: row.reviews })),
    heatmapStart,
    streak: studyStreak(new Set(rows.map((row) => row.day)), input.today),
    reviewsToday: rows.find((row) => row.day === input.today)?.reviews ?? 0,
    daysStudiedLastYear: lastYear.length,
    reviewsLastYear: lastYear.reduce((sum, row) => sum + row.reviews, 0),
    studyMsLast30Days: since(addDays(input.today, -29)).reduce((sum, row) => sum + row.durationMs, 0),
    retention: retentionWindows.map((window) => {
      const inWindow = window.days === null ? rows : since(addDays(input.today, -(window.days - 1)));
      const count = (reviews: 'youngReviews' | 'matureReviews', passed: 'youngPassed' | 'maturePassed'): PassCount => ({
        reviews: inWindow.reduce((sum, row) => sum + row[reviews], 0),
        passed: inWindow.reduce((sum, row) => sum + row[passed], 0),
      });
      const young = count('youngReviews', 'youngPassed');
      const mature = count('matureReviews', 'maturePassed');
      return { label: window.label, young, mature, total: { reviews: young.reviews + mature.reviews, passed: young.passed + mature.passed } };
    }),
  };
}
