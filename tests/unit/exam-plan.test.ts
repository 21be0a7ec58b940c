import { describe, expect, it } from 'vitest';
import type { CourseBlueprint } from '../../lib/courses/queries';
import { dailyPlan } from '../../lib/exam-plan/daily-plan';
import { daysLeft, dueBeforeExam, examPhase, examWindow } from '../../lib/exam-plan/exam-window';
import { newCardPace } from '../../lib/exam-plan/pacing';
import { rollUpRecall } from '../../lib/exam-plan/recall-rollup';
import { showingsBeforeExam } from '../../lib/exam-plan/reviews-per-new-card';
import { learnerDay } from '../../lib/srs/learner-day';
import { srsSettingsSchema } from '../../lib/srs/settings';

const berlin = { timeZone: 'Europe/Berlin', dayStartHour: 4 };

describe('the exam window', () => {
  it('starts the exam day at the learner’s day-start hour in their zone, and the eve a day before', () => {
    // Berlin is UTC+1 in January: 04:00 local is 03:00 UTC.
    const exam = examWindow('2027-01-15', berlin);
    expect(exam.examDay.start.toISOString()).toBe('2027-01-15T03:00:00.000Z');
    expect(exam.eve.start.toISOString()).toBe('2027-01-14T03:00:00.000Z');
    expect(exam.eve.end).toEqual(exam.examDay.start);
  });

  it('counts days left in learner days, so 03:30 in Tokyo on the exam date is still the eve', () => {
    const tokyo = { timeZone: 'Asia/Tokyo', dayStartHour: 4 };
    const exam = examWindow('2027-01-10', tokyo);
    // 04:00 in Tokyo (UTC+9) on Jan 10 is 19:00 UTC on Jan 9.
    expect(exam.examDay.start.toISOString()).toBe('2027-01-09T19:00:00.000Z');
    const beforeBoundary = learnerDay(new Date('2027-01-09T18:30:00Z'), tokyo.timeZone, tokyo.dayStartHour);
    const atBoundary = learnerDay(new Date('2027-01-09T19:00:00Z'), tokyo.timeZone, tokyo.dayStartHour);
    expect(daysLeft(beforeBoundary.key, exam.examDate)).toBe(1);
    expect(examPhase(daysLeft(beforeBoundary.key, exam.examDate))).toBe('final');
    expect(daysLeft(atBoundary.key, exam.examDate)).toBe(0);
    expect(examPhase(0)).toBe('exam-day');
    expect(examPhase(-1)).toBe('after');
    expect(examPhase(8)).toBe('introduce');
  });

  it('keeps the wall-clock hour across a daylight-saving change: the eve before Berlin’s spring change is 23 hours long', () => {
    // Clocks go forward at 02:00 on Sunday 28 March 2027.
    const exam = examWindow('2027-03-29', berlin);
    expect(exam.eve.start.toISOString()).toBe('2027-03-28T02:00:00.000Z');
    expect(exam.examDay.start.toISOString()).toBe('2027-03-29T02:00:00.000Z');
    const springEve = examWindow('2027-03-28', berlin);
    expect(springEve.eve.start.toISOString()).toBe('2027-03-27T03:00:00.000Z');
    expect(springEve.examDay.start.getTime() - springEve.eve.start.getTime()).toBe(23 * 3_600_000);
  });
});

describe('bringing reviews forward to the eve', () => {
  const exam = examWindow('2027-03-15', berlin);
  const now = new Date('2027-03-01T10:00:00Z');

  it('pulls in a card whose interval would end after the exam, to the start of the eve', () => {
    expect(dueBeforeExam(new Date('2027-03-20T10:00:00Z'), now, exam)).toEqual(new Date('2027-03-14T03:00:00Z'));
  });

  it('pulls in a card due on the exam day itself, even before its day starts locally', () => {
    expect(dueBeforeExam(new Date('2027-03-15T03:00:00Z'), now, exam)).toEqual(exam.eve.start);
    // 02:59 UTC on the 15th is 03:59 in Berlin: still the eve's learner day, so it stays.
    expect(dueBeforeExam(new Date('2027-03-15T02:59:00Z'), now, exam)).toEqual(new Date('2027-03-15T02:59:00Z'));
  });

  it('leaves cards due before the exam, reviews from the eve on, and everything without a date alone', () => {
    const before = new Date('2027-03-10T10:00:00Z');
    expect(dueBeforeExam(before, now, exam)).toBe(before);
    const late = new Date('2027-04-01T10:00:00Z');
    expect(dueBeforeExam(late, exam.eve.start, exam)).toBe(late);
    expect(dueBeforeExam(late, new Date('2027-03-16T10:00:00Z'), exam)).toBe(late);
    expect(dueBeforeExam(late, now, null)).toBe(late);
  });
});

describe('pacing new cards', () => {
  it('introduces 300 new cards 30 days out at 14 a day over 23 days, leaving the final week for reviews', () => {
    // ⌈300 / (30 − 7)⌉ = ⌈13.04⌉ = 14; 22 days × 14 = 308 ≥ 300, so all are in before the final week.
    expect(newCardPace({ unstudied: 300, daysLeft: 30 })).toEqual({ perDay: 14, introduceDays: 23 });
  });

  it('within the final week spreads what is left over the first half of the days, and asks nothing on or after the exam day', () => {
    expect(newCardPace({ unstudied: 30, daysLeft: 5 })).toEqual({ perDay: 10, introduceDays: 3 });
    expect(newCardPace({ unstudied: 30, daysLeft: 1 })).toEqual({ perDay: 30, introduceDays: 1 });
    expect(newCardPace({ unstudied: 30, daysLeft: 0 })).toEqual({ perDay: 0, introduceDays: 0 });
    expect(newCardPace({ unstudied: 0, daysLeft: 30 })).toEqual({ perDay: 0, introduceDays: 0 });
  });
});

describe('the daily plan', () => {
  it('works out the example by hand', () => {
    const plan = dailyPlan({
      todayKey: '2027-02-13',
      daysLeft: 30,
      unstudied: 300,
      dueBeforeEve: 58,
      dueOnEve: 40,
      showingsPerNewCard: 4,
      secondsPerCard: 20,
      minutesPerDay: 30,
    });
    // Reviews: (58 + 300 × 3 later showings) / 29 days before the eve = 33.03 → 34.
    // Minutes: (14 new + 34 reviews) × 20 s = 960 s = 16 min.
    expect(plan).toEqual({ newPerDay: 14, introduceUntil: '2027-03-07', reviewsPerDay: 34, eveReviews: 40, minutesNeeded: 16, fitsMinutes: true });
  });

  it('has no plan on or after the exam day', () => {
    const input = { todayKey: '2027-02-13', unstudied: 1, dueBeforeEve: 1, dueOnEve: 1, showingsPerNewCard: 1, secondsPerCard: 20, minutesPerDay: null };
    expect(dailyPlan({ ...input, daysLeft: 0 })).toBeNull();
    expect(dailyPlan({ ...input, daysLeft: 3 })?.fitsMinutes).toBeNull();
  });
});

describe('showings of a new card before the exam', () => {
  const settings = srsSettingsSchema.parse({});
  const exam = examWindow('2027-03-31', berlin);

  it('follows the learner’s FSRS schedule rated Good, and ends with a showing on the eve', () => {
    const early = showingsBeforeExam(settings, undefined, new Date('2027-03-01T08:00:00Z'), exam);
    const late = showingsBeforeExam(settings, undefined, new Date('2027-03-24T08:00:00Z'), exam);
    // At least the first showing, the 10-minute learning step, a day-scale review and the eve.
    expect(early).toBeGreaterThanOrEqual(4);
    expect(late).toBeGreaterThanOrEqual(3);
    expect(early).toBeGreaterThanOrEqual(late);
    expect(showingsBeforeExam(settings, undefined, exam.eve.start, exam)).toBe(2);
  });
});

describe('recall on the date rolled up the blueprint', () => {
  const blueprint = {
    id: 'c',
    domains: [
      {
        id: 'd1',
        code: '1.0',
        title: 'One',
        weight: 60,
        objectives: [
          { id: 'a1', code: '1.1', title: 'A1', subObjectives: [{ id: 'a1a', code: '1.1.a', title: 'A1a' }] },
          { id: 'a2', code: '1.2', title: 'A2', subObjectives: [] },
        ],
      },
      { id: 'd2', code: '2.0', title: 'Two', weight: 40, objectives: [{ id: 'b1', code: '2.1', title: 'B1', subObjectives: [] }] },
    ],
  } as unknown as CourseBlueprint;

  it('weights each objective by its domain’s share split equally, over the objectives studied', () => {
    const rolled = rollUpRecall(blueprint, [
      { objectiveId: 'a1', cards: 2, recall: 0.9 },
      { objectiveId: 'a1a', cards: 1, recall: 0.8 },
      { objectiveId: 'b1', cards: 3, recall: 0.6 },
    ]);
    // 1.1 weighs 0.6 / 2 = 0.3, 2.1 weighs 0.4; 1.2 is not studied.
    expect(rolled.weightStudied).toBeCloseTo(0.7, 10);
    expect(rolled.recall).toBeCloseTo((0.3 * 0.9 + 0.4 * 0.6) / 0.7, 10);
    expect(rolled.domains[0].recall).toBeCloseTo(0.9, 10);
    expect(rolled.domains[0].objectives[1]).toMatchObject({ code: '1.2', cards: 0, recall: null });
    expect(rolled.domains[0].objectives[0].subObjectives[0]).toMatchObject({ code: '1.1.a', cards: 1, recall: 0.8 });
  });

  it('says nothing before any study', () => {
    expect(rollUpRecall(blueprint, [])).toMatchObject({ recall: null, weightStudied: 0 });
  });
});
