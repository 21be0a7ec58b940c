import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coursesFromDb } from '../../lib/authoring/content-from-db';
import { syncContent } from '../../lib/content/sync';
import { coverageInputFromDb } from '../../lib/coverage/coverage-input';
import { courseCoverage } from '../../lib/coverage/coverage-report';
import { createTestDatabase } from '../helpers/test-database';

describe('blueprint coverage from the database', () => {
  it('agrees with the files once they are synced: the page and the CLI report the same', async () => {
    const { db } = await createTestDatabase();
    await syncContent(db, path.resolve('tests/fixtures/coverage'));
    const [course] = await coursesFromDb(db);
    const coverage = courseCoverage(course.definition, await coverageInputFromDb(db));
    // Worked out in tests/unit/coverage-report.test.ts: 30 + 20 of domain 1.0, nothing of 2.0.
    expect(coverage.domains.map((d) => [d.code, d.coveredWeight])).toEqual([
      ['1.0', 50],
      ['2.0', 0],
    ]);
    const rows = new Map(coverage.domains.flatMap((d) => d.rows).map((r) => [r.code, r]));
    expect([rows.get('1.2.a')!.generated.length, rows.get('2.1.b')!.questions.length]).toEqual([4, 0]);
  });
});
