import { parseArgs } from 'node:util';
import { AppError } from '../errors';
import { sampleVariants } from '../questions/generators/sample-variants';
import { runCli } from './run-cli';

const usage = `Usage: npm run questions:sample -- --generator NAME [--params JSON] [--count N] [--seed S] --json
  Prints N variants (default 5) of a question generator as a JSON array of { seed, stem, given, answer }.
  Without --seed the seeds are random; with it the output is the same on every run.`;

const usageError = (message: string) => new AppError('INVALID_INPUT', `${message}\n${usage}`);

function parseJson(text: string) {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError('INVALID_INPUT', `--params is not valid JSON: ${(error as Error).message}`);
  }
}

function wholeNumber(text: string, flag: string) {
  if (!/^\d+$/.test(text)) throw usageError(`${flag} must be a whole number.`);
  return Number(text);
}

runCli(async () => {
  const { values } = (() => {
    try {
      return parseArgs({
        options: { generator: { type: 'string' }, params: { type: 'string' }, count: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' } },
      });
    } catch (error) {
      throw usageError((error as Error).message);
    }
  })();
  if (!values.generator) throw usageError('--generator is required.');
  // JSON is the only output; the flag is required so that a later human-readable form does not change what scripts get.
  if (!values.json) throw usageError('--json is required.');
  const count = values.count === undefined ? 5 : wholeNumber(values.count, '--count');
  if (count < 1 || count > 10_000) throw usageError('--count must be from 1 to 10000.');
  const variants = sampleVariants({
    generator: values.generator,
    params: values.params === undefined ? undefined : parseJson(values.params),
    count,
    seed: values.seed === undefined ? undefined : wholeNumber(values.seed, '--seed'),
  });
  process.stdout.write(`${JSON.stringify(variants, null, 2)}\n`);
});
