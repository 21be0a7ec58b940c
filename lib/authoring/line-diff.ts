import { diffLines } from 'diff';

export type DiffLine = { kind: 'added' | 'removed' | 'same'; text: string; oldLine: number | null; newLine: number | null };
/** A run of unchanged lines left out of the view, so long texts show only what changed. */
export type DiffGap = { kind: 'gap'; lines: number };
export type LineDiff = Array<DiffLine | DiffGap>;

const context = 3;

/** Line diff of two texts (lesson sources, question YAML) with a few lines of context around each change. */
export function lineDiff(before: string, after: string): LineDiff {
  const lines: DiffLine[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const change of diffLines(before, after)) {
    const texts = change.value.replace(/\n$/, '').split('\n');
    for (const text of texts) {
      if (change.added) lines.push({ kind: 'added', text, oldLine: null, newLine: newLine++ });
      else if (change.removed) lines.push({ kind: 'removed', text, oldLine: oldLine++, newLine: null });
      else lines.push({ kind: 'same', text, oldLine: oldLine++, newLine: newLine++ });
    }
  }
  const near = lines.map((_, i) => lines.slice(Math.max(0, i - context), i + context + 1).some((l) => l.kind !== 'same'));
  const result: LineDiff = [];
  lines.forEach((line, i) => {
    if (near[i]) result.push(line);
    else if (result.at(-1)?.kind === 'gap') (result.at(-1) as DiffGap).lines++;
    else result.push({ kind: 'gap', lines: 1 });
  });
  return result;
}
