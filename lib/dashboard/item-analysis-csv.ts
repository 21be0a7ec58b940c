import { toCsv } from './instructor/csv';
import type { ItemStats } from './item-analysis';

const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));

/** One row per question; option counts in one cell as "label (correct): count; …". */
export function itemAnalysisCsv(items: ItemStats[], origin: string): string {
  const header = [
    'Question',
    'Lesson',
    'Type',
    'Stem',
    'Answers',
    'Facility',
    'Discrimination',
    'Exam attempts',
    'Mean time (s)',
    'Flags',
    'Answers chosen',
    'Editor',
  ];
  const rows = items.map((item) => [
    item.questionId,
    item.lessonId,
    item.type,
    item.stem,
    item.attempts,
    round(item.facility, 3),
    round(item.discrimination, 3),
    item.examAttempts,
    item.meanTimeMs === null ? null : round(item.meanTimeMs / 1000, 1),
    item.flags.length === 0 && item.sampleTooSmall ? 'n too small' : item.flags.join('; '),
    item.optionCounts.map((o) => `${o.label}${o.correct ? ' (correct)' : ''}: ${o.count}`).join('; '),
    `${origin}/author/questions/${item.questionId}`,
  ]);
  return toCsv(header, rows);
}
