import { describe, expect, it } from 'vitest';
import { examReport } from '../../lib/quiz/exam-report';
import type { LoadedAttempt } from '../../lib/quiz/load-attempt';

const domain = { code: '1.0', title: 'Network Fundamentals' };
const objective = (code: string, parent: { code: string; title: string } | null) => ({ courseId: 'c', code, title: `Title ${code}`, parent, domain });
const ipv6Types = { code: '1.9', title: 'Describe IPv6 address types' };

describe('exam report', () => {
  it('reports a sub-objective under its objective, counting an item on two of its sub-objectives once', () => {
    const attempt = {
      courseId: 'c',
      items: [
        { score: 1, answeredAt: new Date(0), objectives: [objective('1.9.a', ipv6Types), objective('1.9.c', ipv6Types)] },
        { score: 0, answeredAt: new Date(0), objectives: [objective('1.9', null)] },
        { score: 1, answeredAt: new Date(0), objectives: [objective('1.5', null)] },
      ],
    } as unknown as LoadedAttempt;
    const report = examReport(attempt);
    expect(report.domains).toHaveLength(1);
    expect(report.domains[0]).toMatchObject({ code: '1.0', correct: 2, total: 3 });
    expect(report.domains[0].objectives).toEqual([
      { code: '1.5', title: 'Title 1.5', correct: 1, total: 1, percent: 100 },
      { code: '1.9', title: 'Describe IPv6 address types', correct: 1, total: 2, percent: 50 },
    ]);
  });
});
