import { describe, expect, it } from 'vitest';
import { learnerDay } from '../../lib/srs/learner-day';

describe("a learner's day", () => {
  it('starts at the day-start hour, local time: 1 am still belongs to yesterday', () => {
    expect(learnerDay(new Date('2026-11-22T00:30:00Z'), 'UTC', 4)).toEqual({
      key: '2026-11-21',
      start: new Date('2026-11-21T04:00:00Z'),
      end: new Date('2026-11-22T04:00:00Z'),
    });
    expect(learnerDay(new Date('2026-11-22T04:00:00Z'), 'UTC', 4).key).toBe('2026-11-22');
    expect(learnerDay(new Date('2026-11-22T03:59:59Z'), 'UTC', 4).key).toBe('2026-11-21');
  });

  it('follows the time zone: the same instant is another day in Tokyo and in Los Angeles', () => {
    const instant = new Date('2026-11-22T15:00:00Z'); // 00:00 Nov 23 in Tokyo, 07:00 Nov 22 in LA
    expect(learnerDay(instant, 'Asia/Tokyo', 4)).toMatchObject({ key: '2026-11-22', start: new Date('2026-11-21T19:00:00Z') });
    expect(learnerDay(instant, 'America/Los_Angeles', 4)).toMatchObject({ key: '2026-11-22', start: new Date('2026-11-22T12:00:00Z') });
    expect(learnerDay(new Date('2026-11-22T19:30:00Z'), 'Asia/Kolkata', 0)).toMatchObject({ key: '2026-11-23', start: new Date('2026-11-22T18:30:00Z') });
  });

  it('is 23 hours long when clocks go forward and 25 when they go back', () => {
    // Europe/Berlin: summer time starts 2026-03-29 at 02:00, ends 2026-10-25 at 03:00.
    const spring = learnerDay(new Date('2026-03-29T12:00:00Z'), 'Europe/Berlin', 4);
    expect(spring.start).toEqual(new Date('2026-03-29T02:00:00Z')); // 04:00 CEST
    expect(spring.end).toEqual(new Date('2026-03-30T02:00:00Z'));
    expect(
      learnerDay(new Date('2026-03-28T12:00:00Z'), 'Europe/Berlin', 4).end.getTime() -
        learnerDay(new Date('2026-03-28T12:00:00Z'), 'Europe/Berlin', 4).start.getTime(),
    ).toBe(23 * 3600_000);
    const autumn = learnerDay(new Date('2026-10-24T12:00:00Z'), 'Europe/Berlin', 4);
    expect(autumn.end.getTime() - autumn.start.getTime()).toBe(25 * 3600_000);
    // A day that starts at midnight across the US change (2026-03-08, 02:00 → 03:00).
    const us = learnerDay(new Date('2026-03-08T12:00:00Z'), 'America/New_York', 0);
    expect(us.start).toEqual(new Date('2026-03-08T05:00:00Z'));
    expect(us.end).toEqual(new Date('2026-03-09T04:00:00Z'));
  });
});
