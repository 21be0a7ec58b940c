import type { Question } from '../schema';

/** A part of a question an export format cannot hold, listed per question as the importers list theirs. */
export type ExportLoss = { id: string; feature: string; reason: string };

/** The exhibits a format drops, if the question has any; `where` says what became of them. */
export function exhibitLosses(question: Question, where: string): ExportLoss[] {
  const count = question.exhibits?.length ?? 0;
  return count === 0 ? [] : [{ id: question.id, feature: 'exhibits', reason: `${count} exhibit${count === 1 ? '' : 's'} ${where}` }];
}
