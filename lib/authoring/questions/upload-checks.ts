import type { ContentProblem } from '../../content/problems';
import type { Db } from '../../db/client';
import type { Question } from '../../questions/schema';
import { checkEntry } from './check-entry';
import type { EditorContext } from './editor-context';

// PostgreSQL takes at most 65,535 bind parameters in one statement.
const idBatch = 10_000;

/**
 * The checks of an upload that need the database: the lesson's headings and objectives, and ids
 * already taken by questions of any lesson. Run when it is previewed and again when it is imported.
 */
export async function databaseProblems(
  db: Db,
  context: EditorContext,
  fileName: string,
  questions: Array<{ line: number; question: Question }>,
): Promise<ContentProblem[]> {
  const taken = new Set<string>();
  for (let start = 0; start < questions.length; start += idBatch) {
    const ids = questions.slice(start, start + idBatch).map((q) => q.question.id);
    for (const { id } of await db.question.findMany({ where: { id: { in: ids } }, select: { id: true } })) taken.add(id);
  }
  const problems: ContentProblem[] = [];
  for (const { line, question } of questions) {
    const error = (field: string | undefined, message: string) => problems.push({ file: fileName, line, field, message, severity: 'error' });
    const checked = checkEntry(question, context);
    // Rule problems were already reported by the importer; only the lesson checks are new here.
    for (const [field, messages] of Object.entries(checked.errors ?? {}))
      if (field === 'section' || field.startsWith('objectives')) messages.forEach((m) => error(field, m));
    if (taken.has(question.id)) error('id', `a question with the id "${question.id}" already exists; give this one a ::title:: of its own`);
  }
  return problems;
}
