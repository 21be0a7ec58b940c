import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../lib/content/sync';
import { coverageInputFromFiles } from '../../lib/coverage/coverage-input';
import { courseCoverage, gapsFirst } from '../../lib/coverage/coverage-report';

/*
 * tests/fixtures/coverage: course mini-100, worked out by hand.
 *
 * Domain 1.0 (60 %) has two objectives, 30 % each. 1.1 has no sub-objectives; 1.2's 30 % is
 * split over 1.2.a, 1.2.b and 1.2.c, 10 % each. Domain 2.0 (40 %) has one objective, 2.1,
 * split over 2.1.a and 2.1.b, 20 % each.
 *
 * lesson-a names 1.1 and 1.2.a: 10 questions on 1.1, 6 on 1.2.a, 4 generated entries on 1.2.a.
 * lesson-b names 1.2 as a whole: 3 questions inherit 1.2, 7 name 1.2.b.
 * lesson-c names 2.1.a: 9 questions inherit it.
 * lesson-d names 2.1.b with 10 questions, but it is a draft: it covers nothing.
 *
 * 1.1:   lesson-a, 10 questions                                   covered  30 %
 * 1.2.a: lesson-a and lesson-b (whole objective), 6 + 3 + 4 gen = 13  covered  10 %
 * 1.2.b: lesson-b, 3 + 7 = 10                                      covered  10 %
 * 1.2.c: lesson-b, 3                                               gap       0
 * 1.2:   2 of 3 sub-objectives, partial; rolled up: 2 lessons, 16 questions, 4 generated   20 %
 * Domain 1.0: 30 + 20 = 50 of 60.
 * 2.1.a: lesson-c, 9 questions (one short)                         gap       0
 * 2.1.b: nothing live                                              gap       0
 * Domain 2.0: 0 of 40.  Course: 50 of 100 = 50 %.
 */
describe('blueprint coverage report', async () => {
  const content = await checkContent(path.resolve('tests/fixtures/coverage'));
  const coverage = courseCoverage(content.courses[0].definition, coverageInputFromFiles(content));
  const rows = new Map(coverage.domains.flatMap((d) => d.rows).map((r) => [r.code, r]));

  it('loads the fixture cleanly', () => {
    expect(content.problems).toEqual([]);
  });

  it('weighs each objective and sub-objective by equal shares of its domain and objective', () => {
    expect(Object.fromEntries([...rows].map(([code, r]) => [code, r.weight]))).toEqual({
      '1.1': 30,
      '1.2': 30,
      '1.2.a': 10,
      '1.2.b': 10,
      '1.2.c': 10,
      '2.1': 40,
      '2.1.a': 20,
      '2.1.b': 20,
    });
  });

  it('covers a part with one lesson and ten questions, counting generated entries and whole-objective mappings', () => {
    const summary = Object.fromEntries(
      [...rows].map(([code, r]) => [code, [r.status, r.coveredWeight, r.lessons.length, r.questions.length, r.generated.length]]),
    );
    expect(summary).toEqual({
      '1.1': ['covered', 30, 1, 10, 0],
      '1.2': ['partial', 20, 2, 16, 4],
      '1.2.a': ['covered', 10, 2, 9, 4],
      '1.2.b': ['covered', 10, 1, 10, 0],
      '1.2.c': ['gap', 0, 1, 3, 0],
      '2.1': ['gap', 0, 1, 9, 0],
      '2.1.a': ['gap', 0, 1, 9, 0],
      '2.1.b': ['gap', 0, 0, 0, 0],
    });
    expect(coverage.domains.map((d) => [d.code, d.coveredWeight])).toEqual([
      ['1.0', 50],
      ['2.0', 0],
    ]);
    expect(coverage.coveredWeight).toBe(50);
  });

  it('lists gaps first, then partly covered objectives, then covered ones, each in blueprint order', () => {
    expect(gapsFirst(coverage).map((r) => r.code)).toEqual(['1.2.c', '2.1', '2.1.a', '2.1.b', '1.2', '1.1', '1.2.a', '1.2.b']);
  });
});
