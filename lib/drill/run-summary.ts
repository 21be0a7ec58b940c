import type { Db } from '../db/client';
import { AppError } from '../errors';
import type { GeneratorName } from '../questions/generators';
import { renderQuestion } from '../questions/render-question';
import { drillCatalog } from './catalog';
import { median } from './median';
import { choiceFor, drillVariant } from './run-generators';

export type GeneratorScore = {
  generator: GeneratorName;
  label: string;
  answered: number;
  correct: number;
  accuracy: number | null;
  medianSeconds: number | null;
};
export type MissedProblem = { position: number; label: string; stemHtml: string; response: string; answer: string; explanationHtml: string };
export type DrillSummary = {
  answered: number;
  correct: number;
  accuracy: number | null;
  medianSeconds: number | null;
  byGenerator: GeneratorScore[];
  missed: MissedProblem[];
};

type Answered = { generator: string; correct: boolean; seconds: number };

/** Accuracy (0..1) and median seconds of answered problems; unanswered ones (time ran out) count in neither. */
export function scoreOf(items: Answered[]) {
  const correct = items.filter((i) => i.correct).length;
  return { answered: items.length, correct, accuracy: items.length ? correct / items.length : null, medianSeconds: median(items.map((i) => i.seconds)) };
}

/** The end-of-run screen: totals, each generator's accuracy and median time, and every miss with its worked solution. */
export async function drillSummary(db: Db, userId: string, runId: string): Promise<DrillSummary> {
  const run = await db.drillRun.findFirst({
    where: { id: runId, userId },
    select: { generators: true, items: { where: { answeredAt: { not: null } }, orderBy: { position: 'asc' } } },
  });
  if (!run) throw new AppError('NOT_FOUND', 'No such drill.');
  const answered = run.items.map((i) => ({ ...i, generator: i.generator as GeneratorName, correct: i.correct === true, seconds: i.seconds ?? 0 }));
  const names = [...new Set(answered.map((i) => i.generator))];
  const byGenerator = names.map((generator) => ({
    generator,
    label: drillCatalog[generator].label,
    ...scoreOf(answered.filter((i) => i.generator === generator)),
  }));
  const missed = await Promise.all(
    answered
      .filter((i) => !i.correct)
      .map(async (i) => {
        const shown = drillVariant(choiceFor(run.generators, i.generator), i.seed);
        const html = await renderQuestion(shown.variant.question);
        return {
          position: i.position,
          label: drillCatalog[i.generator].label,
          stemHtml: html.stem ?? '',
          response: i.response ?? '',
          answer: shown.answer,
          explanationHtml: html.explanation ?? '',
        };
      }),
  );
  return { ...scoreOf(answered), byGenerator, missed };
}
