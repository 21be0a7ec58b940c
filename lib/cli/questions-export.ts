import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../errors';
import { contentDir } from '../questions/content-dir';
import { exportQuestions } from '../questions/export-file';
import { runCli } from './run-cli';

const usage = `Usage: npm run questions:export -- --format gift [--lesson ID] [--out FILE]
  Writes the questions of every lesson (or of one) as Moodle GIFT to stdout or FILE, one $CATEGORY per lesson.
  Ordering questions have no GIFT form: they are listed on stderr as skipped.
  Content is read from $NETPREP_CONTENT_DIR (default: ./content).`;

const usageError = (message: string) => new AppError('INVALID_INPUT', `${message}\n${usage}`);

runCli(async () => {
  const { values } = (() => {
    try {
      return parseArgs({ options: { format: { type: 'string' }, lesson: { type: 'string' }, out: { type: 'string' } } });
    } catch (error) {
      throw usageError((error as Error).message);
    }
  })();
  if (!values.format) throw usageError('--format is required.');
  if (values.format !== 'gift') throw usageError(`Unknown export format "${values.format}"; use gift.`);

  const result = await exportQuestions(contentDir(), values.lesson);
  for (const { question, reason } of result.skipped) console.error(`${question.file}:${question.line}: skipped: ${question.question.id}: ${reason}`);
  const summary = `Exported ${result.exported} question(s) from ${result.lessons} lesson(s)${result.skipped.length ? `, ${result.skipped.length} skipped` : ''}`;
  if (values.out) {
    await writeFile(path.resolve(values.out), result.gift);
    console.log(`${summary} to ${values.out}.`);
  } else {
    process.stdout.write(result.gift);
    // stdout carries the GIFT itself.
    console.error(`${summary}.`);
  }
});
