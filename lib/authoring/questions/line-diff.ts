import { diffLines } from 'diff';

/** One line of a diff: "+" added, "-" removed, " " kept. The marker is shown, not only a colour. */
export type DiffLine = { marker: '+' | '-' | ' '; text: string };

export function lineDiff(before: string, after: string): DiffLine[] {
  return diffLines(before, after).flatMap((change) => {
    const marker = change.added ? '+' : change.removed ? '-' : ' ';
    return change.value.replace(/\n$/, '').split('\n').map((text) => ({ marker, text }) as DiffLine);
  });
}
