import { describe, expect, it } from 'vitest';
import { formatDuration, maxQuestionMs, moveTo, startClock, timeSummary, totalFor } from '@/lib/quiz/time-spent';

describe('time spent per question', () => {
  it('adds every visit to the question left, and counts the visit in progress', () => {
    let clock = startClock([null, null, null], 0, 1_000);
    clock = moveTo(clock, 1, 31_000); // 30 s on question 1
    clock = moveTo(clock, 0, 41_000); // 10 s on question 2
    expect(totalFor(clock, 0, 46_000)).toBe(35_000); // back on question 1 for 5 s more
    expect(totalFor(clock, 1, 46_000)).toBe(10_000);
    expect(totalFor(clock, 2, 46_000)).toBe(0);
  });

  it('starts from the stored totals after a reload', () => {
    const clock = startClock([12_000, null], 0, 5_000);
    expect(totalFor(clock, 0, 8_000)).toBe(15_000);
  });

  it('never counts backwards or beyond the cap', () => {
    const clock = startClock([maxQuestionMs - 1_000], 0, 10_000);
    expect(totalFor(clock, 0, 9_000)).toBe(maxQuestionMs - 1_000);
    expect(totalFor(clock, 0, 10_000 + 5 * 60_000)).toBe(maxQuestionMs);
    expect(moveTo(clock, 0, 10_000 + 5 * 60_000).spent[0]).toBe(maxQuestionMs);
  });

  it('formats and summarises times', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(42_400)).toBe('42 s');
    expect(formatDuration(185_000)).toBe('3 min 05 s');
    expect(timeSummary([30_000, null, 90_000])).toEqual({ total: 120_000, average: 60_000, slowest: 2 });
    expect(timeSummary([null])).toEqual({ total: 0, average: null, slowest: null });
  });
});
