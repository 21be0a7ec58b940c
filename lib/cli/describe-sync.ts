import type { SyncReport } from '../content/sync';

export function describeSync(report: SyncReport): string {
  const { created, updated, unchanged } = report.courses;
  return `Content synced: courses ${created} new, ${updated} updated, ${unchanged} unchanged.`;
}
