import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../errors';
import { contentDir } from '../questions/content-dir';
import { exportFormats, exportQuestions, type ExportFormat } from '../questions/export-file';
import { defaultGiftVariants } from '../questions/formats/gift-export';
import { runCli } from './run-cli';

const maxVariants = 50;

const usage = `Usage: npm run questions:export -- --format gift|moodle-xml [--lesson ID] [--out FILE] [--variants N]
  Writes the questions of every lesson (or of one) as Moodle GIFT or Moodle XML to stdout or FILE, one category per lesson.
  Ordering questions have no GIFT form: they are listed on stderr as skipped (Moodle XML writes them as qtype_ordering).
  Exhibits have no GIFT form and Moodle cannot show them: each question that has some is listed on stderr as "lost".
  Generated questions are written as N frozen variants (default ${defaultGiftVariants}, at most ${maxVariants}), listed on stderr;
  in Moodle XML each variant also carries the entry, so importing the file again gives back the generated entry.
  Content is read from $NETPREP_CONTENT_DIR (default: ./content).`;

const usageError = (message: string) => new AppError('INVALID_INPUT', `${message}\n${usage}`);

runCli(async () => {
  const { values } = (() => {
    try {
      return parseArgs({ options: { format: { type: 'string' }, lesson: { type: 'string' }, out: { type: 'string' }, variants: { type: 'string' } } });
    } catch (error) {
      throw usageError((error as Error).message);
    }
  })();
  if (!values.format) throw usageError('--format is required.');
  if (!(exportFormats as readonly string[]).includes(values.format)) throw usageError(`Unknown export format "${values.format}"; use gift or moodle-xml.`);
  const format = values.format as ExportFormat;

  const variants = values.variants === undefined ? undefined : Number(values.variants);
  if (variants !== undefined && !(Number.isInteger(variants) && variants >= 1 && variants <= maxVariants))
    throw usageError(`--variants takes a whole number from 1 to ${maxVariants}.`);

  const result = await exportQuestions(contentDir(), values.lesson, variants, format);
  for (const { question, reason } of result.skipped) console.error(`${question.file}:${question.line}: skipped: ${question.question.id}: ${reason}`);
  for (const { question, variants: count } of result.frozen) {
    console.error(
      `${question.file}:${question.line}: frozen: ${question.question.id}: generated, written as ${count} fixed variants (${format === 'gift' ? 'GIFT' : 'Moodle XML'} cannot make fresh ones)`,
    );
  }
  for (const { question, feature, reason } of result.lost)
    console.error(`${question.file}:${question.line}: lost: ${feature}: ${reason} (${question.question.id})`);
  const withLosses = new Set(result.lost.map((l) => l.question.question.id)).size;
  const summary = `Exported ${result.exported} question(s) from ${result.lessons} lesson(s)${result.skipped.length ? `, ${result.skipped.length} skipped` : ''}${withLosses ? `, ${withLosses} with losses` : ''}`;
  if (values.out) {
    await writeFile(path.resolve(values.out), result.text);
    console.log(`${summary} to ${values.out}.`);
  } else {
    process.stdout.write(result.text);
    // stdout carries the document itself.
    console.error(`${summary}.`);
  }
});
