import type { Db } from '../db/client';
import { AppError } from '../errors';

/**
 * Stores the grade of the first answer checked for this showing of the card (its `reps`) and
 * returns the grade that counts. The check reveals the correct answer, so a later check of the
 * same showing cannot change the grade: one statement, so simultaneous checks agree too.
 */
export async function countCheckedGrade(
  db: Pick<Db, '$queryRaw'>,
  check: { userId: string; cardId: string; reps: number; correct: boolean },
): Promise<boolean> {
  const rows = await db.$queryRaw<Array<{ checkedCorrect: boolean }>>`
    UPDATE "Card"
    SET "checkedCorrect" = CASE WHEN "checkedReps" = reps THEN "checkedCorrect" ELSE ${check.correct} END, "checkedReps" = reps
    WHERE id = ${check.cardId} AND "userId" = ${check.userId} AND reps = ${check.reps}
    RETURNING "checkedCorrect"`;
  if (rows.length === 0) throw new AppError('CONFLICT', 'This card was already reviewed (in another tab?). Skip it; it comes back when it is due.');
  return rows[0].checkedCorrect;
}

/** The grade checked for the card's current showing, if it was checked. */
export function checkedGrade(card: { reps: number; checkedReps: number | null; checkedCorrect: boolean | null }): boolean | null {
  return card.checkedReps === card.reps ? card.checkedCorrect : null;
}
