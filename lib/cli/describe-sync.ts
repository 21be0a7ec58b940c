import type { SyncReport } from '../content/sync';

export function describeSync(report: SyncReport): string {
  const part = (name: string, c: { created: number; updated: number; unchanged: number; archived?: number }) =>
    `${name} ${c.created} new, ${c.updated} updated, ${c.unchanged} unchanged${c.archived ? `, ${c.archived} archived` : ''}`;
  return `Content synced: ${[part('courses', report.courses), part('chapters', report.chapters), part('lessons', report.lessons), part('questions', report.questions)].join('; ')}.`;
}
