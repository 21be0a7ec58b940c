import { importAiken } from './formats/aiken-import';
import { importGift } from './formats/gift-import';
import type { ImportResult } from './formats/import-result';
import { importMoodleXml } from './formats/moodle-xml/moodle-xml-import';
import { questionRuleProblems } from './question-rules';

// Kept apart from import-file.ts (which reads and writes the content tree) so that a worker thread
// loads only the importers.
const importFormats = { gift: importGift, aiken: importAiken, 'moodle-xml': importMoodleXml };
export type ImportFormat = keyof typeof importFormats;

export function isImportFormat(format: string): format is ImportFormat {
  return Object.hasOwn(importFormats, format);
}

/**
 * Reads `text` in `format`. Also applies the per-question rules content:check would apply after
 * writing (e.g. "every option is correct"), so those errors point at lines of the source file.
 */
export function parseImport(text: string, format: ImportFormat, file: string): ImportResult {
  const result = importFormats[format](text, { file });
  for (const { line, question } of result.questions) {
    for (const rule of questionRuleProblems(question)) result.problems.push({ file, line, field: rule.field, message: rule.message, severity: 'error' });
  }
  return result;
}
