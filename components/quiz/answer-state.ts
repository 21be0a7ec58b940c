/** How an option, item or field is marked after grading. */
export type Mark = 'correct-picked' | 'correct-missed' | 'wrong-picked';

export function markFor(picked: boolean, correct: boolean): Mark | null {
  if (correct) return picked ? 'correct-picked' : 'correct-missed';
  return picked ? 'wrong-picked' : null;
}

export const markLabels: Record<Mark, string> = {
  'correct-picked': 'Your answer – correct',
  'correct-missed': 'Correct answer',
  'wrong-picked': 'Your answer – incorrect',
};

/** `picked` with `id` added or removed, keeping the order the learner picked in. */
export function togglePick(picked: readonly string[], id: string): string[] {
  return picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id];
}

/** `pairs` with `prompt` matched to `choice`, or unmatched when `choice` is null. */
export function setPair(pairs: Readonly<Record<string, string>>, prompt: string, choice: string | null): Record<string, string> {
  // fromEntries defines own properties, so no token can reach Object.prototype.
  const rest = Object.entries(pairs).filter(([p]) => p !== prompt);
  return Object.fromEntries(choice === null ? rest : [...rest, [prompt, choice]]);
}

/** "2 of 3 selected", or a note when that is more than the question asks for. */
export function selectionStatus(count: number, choose: number | undefined): { text: string; over: boolean } {
  if (!choose) return { text: `${count} selected`, over: false };
  if (count > choose) return { text: `${count} selected – the question asks for ${choose}`, over: true };
  return { text: `${count} of ${choose} selected`, over: false };
}

/** The navigator button's accessible name, e.g. "Question 3, answered, flagged". */
export function questionButtonLabel(item: { position: number; answered: boolean; flagged: boolean }): string {
  return [`Question ${item.position}`, item.answered ? 'answered' : 'not answered', item.flagged ? 'flagged' : null].filter(Boolean).join(', ');
}
