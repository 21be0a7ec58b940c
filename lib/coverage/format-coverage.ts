import { gapsFirst, minimumLessons, minimumQuestions, type CourseCoverage, type CoverageRow } from './coverage-report';

export const percent = (value: number, digits = 1) => `${value.toFixed(digits)} %`;

function counts(row: CoverageRow): string {
  return `${row.lessons.length} lesson${row.lessons.length === 1 ? '' : 's'}, ${row.questions.length} question${row.questions.length === 1 ? '' : 's'}, ${row.generated.length} generated`;
}

/** The report as plain text for the terminal and CI logs: the summary, then every row, gaps first. */
export function formatCoverage(coverage: CourseCoverage, options: { verbose: boolean }): string {
  const lines = [
    `${coverage.name} (${coverage.courseId}): ${percent(coverage.coveredWeight)} of the blueprint weight covered (at least ${minimumLessons} lesson and ${minimumQuestions} questions).`,
    ...coverage.domains.map((d) => `  ${d.code} ${d.title}: ${percent(d.coveredWeight, 2)} of ${d.weight} %`),
    '',
  ];
  let section = '';
  for (const row of gapsFirst(coverage)) {
    const heading = { gap: 'Gaps', partial: 'Partly covered', covered: 'Covered' }[row.status];
    if (heading !== section) lines.push(`${heading}:`);
    section = heading;
    const indent = row.kind === 'sub-objective' ? '    ' : '  ';
    lines.push(`${indent}${row.code.padEnd(7)} ${percent(row.weight, 2).padStart(8)}  ${counts(row)}  ${row.title}`);
    if (options.verbose) {
      if (row.lessons.length) lines.push(`${indent}          lessons: ${row.lessons.map((l) => l.id).join(', ')}`);
      if (row.questions.length) lines.push(`${indent}          questions: ${row.questions.join(', ')}`);
      if (row.generated.length) lines.push(`${indent}          generated: ${row.generated.join(', ')}`);
    }
  }
  return lines.join('\n');
}
