import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { displayPath } from '../content/content-files';
import { formatProblem } from '../content/problems';
import { AppError } from '../errors';
import { contentDir } from '../questions/content-dir';
import type { ImportResult } from '../questions/formats/import-result';
import { applyImport, planImport, type ImportPlan } from '../questions/import-file';
import { isImportFormat, parseImport } from '../questions/parse-import';
import { questionTypes } from '../questions/schema';
import { runCli } from './run-cli';

const usage = `Usage: npm run questions:import -- FILE --format gift|aiken|moodle-xml [--lesson ID] [--replace] [--dry-run [--json]]
  Adds the questions in FILE to <lesson file>.questions.yaml next to the lesson's .md (created if missing).
  Skipped questions, and the parts of a question that could not be kept ("lost"), are listed on stderr.
  --replace   replace questions of that lesson whose id already exists, instead of refusing
  --dry-run   write nothing: print a summary, or with --json the questions as a JSON array
  Content is read from $NETPREP_CONTENT_DIR (default: ./content).`;

const usageError = (message: string) => new AppError('INVALID_INPUT', `${message}\n${usage}`);

runCli(async () => {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        options: {
          format: { type: 'string' },
          lesson: { type: 'string' },
          replace: { type: 'boolean' },
          'dry-run': { type: 'boolean' },
          json: { type: 'boolean' },
        },
        allowPositionals: true,
      });
    } catch (error) {
      throw usageError((error as Error).message);
    }
  })();
  const dryRun = values['dry-run'] ?? false;
  if (positionals.length !== 1) throw usageError('Give exactly one FILE to import.');
  if (!values.format) throw usageError('--format is required.');
  if (!isImportFormat(values.format)) throw usageError(`Unknown format "${values.format}"; use gift, aiken or moodle-xml.`);
  if (values.json && !dryRun) throw usageError('--json goes with --dry-run.');
  if (!dryRun && !values.lesson) throw usageError('--lesson ID is required to write the questions (or use --dry-run).');

  const [file] = positionals;
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new AppError('INVALID_INPUT', `Cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`);
  });
  const result = parseImport(text, values.format, file);
  report(result, file);
  if (result.problems.some((p) => p.severity === 'error')) return 1;

  const questions = result.questions;
  if (!values.lesson) {
    // Only reachable with --dry-run: there is no target to check against.
    if (values.json) printJson(result);
    else
      console.log(
        `Parsed ${file}: ${summary(result)}.\nDry run: nothing was written; add --lesson ID to check ids against the content and see the target file.`,
      );
    return;
  }
  if (!dryRun && questions.length === 0) throw new AppError('NOTHING_TO_IMPORT', `${file} holds no question that can be imported; nothing was written.`);
  const dir = contentDir();
  const { plan, problems } = await planImport({ contentDir: dir, lessonId: values.lesson, questions, file, replace: values.replace ?? false });
  if (!plan) {
    problems.forEach((p) => console.error(formatProblem(p)));
    return 1;
  }
  if (dryRun) {
    if (values.json) printJson(result);
    else console.log(`Parsed ${file}: ${summary(result)}.\nDry run: ${changes(plan)}; nothing was written.`);
    return;
  }
  const invalid = await applyImport(plan, dir);
  if (invalid.length) {
    invalid.forEach((p) => console.error(formatProblem(p)));
    throw new AppError(
      'CONTENT_INVALID',
      `The import would make the content invalid, so ${displayPath(plan.target)} was ${plan.before === null ? 'not created' : 'left unchanged'}.`,
    );
  }
  const losses = withLosses(result);
  console.log(`Imported ${file}: ${changes(plan)}${losses ? `; ${losses}` : ''}.`);
});

function printJson(result: ImportResult) {
  console.log(
    JSON.stringify(
      result.questions.map((entry) => entry.question),
      null,
      2,
    ),
  );
}

/** Skipped questions, losses, warnings and errors on stderr, in file order: nothing is dropped silently. */
function report(result: ImportResult, file: string) {
  const lines: Array<{ line: number; text: string }> = [
    ...result.skipped.map(({ line, title, reason }) => ({ line, text: `${file}:${line}: skipped: ${reason}${title ? ` (::${title}::)` : ''}` })),
    ...result.losses.map(({ line, title, feature, reason }) => ({
      line,
      text: `${file}:${line}: lost: ${feature}: ${reason}${title ? ` (::${title}::)` : ''}`,
    })),
    ...result.problems.map((p) => ({ line: p.line, text: formatProblem(p) })),
  ];
  lines.sort((a, b) => a.line - b.line).forEach(({ text }) => console.error(text));
}

function summary(result: ImportResult): string {
  const count = (type: string) => result.questions.filter((entry) => entry.question.type === type).length;
  const byType = questionTypes.filter((type) => count(type)).map((type) => `${count(type)} ${type}`);
  const skipped = result.skipped.length ? `, ${result.skipped.length} skipped` : '';
  const losses = withLosses(result);
  return `${result.questions.length} question(s)${byType.length ? ` (${byType.join(', ')})` : ''}${skipped}${losses ? `, ${losses}` : ''}`;
}

/** How many questions came in without some of their parts; counted by question, the parts are listed one a line. */
function withLosses(result: ImportResult): string {
  const questions = new Set(result.losses.map((loss) => loss.line)).size;
  return questions ? `${questions} imported with losses (listed above)` : '';
}

function changes(plan: ImportPlan): string {
  const verb = plan.before === null ? 'created' : 'updated';
  return `${plan.added} added, ${plan.replaced} replaced in ${displayPath(plan.target)} (${verb}, lesson ${plan.lessonId})`;
}
