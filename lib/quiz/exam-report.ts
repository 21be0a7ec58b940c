import type { LoadedAttempt } from './load-attempt';

export type AreaResult = { code: string; title: string; correct: number; total: number; percent: number };
export type ExamReport = { domains: Array<AreaResult & { objectives: AreaResult[] }>; answered: number; total: number; correct: number };

/**
 * Results per blueprint domain and objective. An item tagged with several objectives counts once
 * for each of them, and once for each domain they fall in; sub-objectives count for their objective.
 */
export function examReport(attempt: LoadedAttempt): ExamReport {
  const domains = new Map<
    string,
    { title: string; correct: number; total: number; objectives: Map<string, { title: string; correct: number; total: number }> }
  >();
  for (const item of attempt.items) {
    const mine = item.objectives.filter((o) => o.courseId === attempt.courseId);
    const right = item.score === 1 ? 1 : 0;
    for (const domainCode of new Set(mine.map((o) => o.domain.code))) {
      const domain = domains.get(domainCode) ?? {
        title: mine.find((o) => o.domain.code === domainCode)!.domain.title,
        correct: 0,
        total: 0,
        objectives: new Map(),
      };
      domain.correct += right;
      domain.total += 1;
      // A sub-objective reports under its objective; an item on 1.9.a and 1.9.c counts once for 1.9.
      const rolledUp = new Map(
        mine
          .filter((o) => o.domain.code === domainCode)
          .map((o) => o.parent ?? o)
          .map((o) => [o.code, o.title]),
      );
      for (const [code, title] of rolledUp) {
        const entry = domain.objectives.get(code) ?? { title, correct: 0, total: 0 };
        entry.correct += right;
        entry.total += 1;
        domain.objectives.set(code, entry);
      }
      domains.set(domainCode, domain);
    }
  }
  const area = (code: string, a: { title: string; correct: number; total: number }): AreaResult => ({
    code,
    title: a.title,
    correct: a.correct,
    total: a.total,
    percent: Math.round((a.correct / a.total) * 100),
  });
  const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code, 'en', { numeric: true });
  return {
    domains: [...domains.entries()]
      .map(([code, d]) => ({ ...area(code, d), objectives: [...d.objectives.entries()].map(([c, o]) => area(c, o)).sort(byCode) }))
      .sort(byCode),
    answered: attempt.items.filter((i) => i.answeredAt).length,
    total: attempt.items.length,
    correct: attempt.items.filter((i) => i.score === 1).length,
  };
}
