import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../db/paths';
import { AppError } from '../errors';
import { errorsOnly, formatProblem } from '../content/problems';
import { checkContent } from '../content/sync';
import { coverageInputFromFiles } from '../coverage/coverage-input';
import { courseCoverage } from '../coverage/coverage-report';
import { formatCoverage, percent } from '../coverage/format-coverage';
import { runCli } from './run-cli';

const usage = 'usage: npm run content:coverage -- [--course ID] [--fail-under PERCENT] [--verbose] [content dir]';

runCli(async () => {
  const { values, positionals } = parseArgs({
    options: { course: { type: 'string' }, 'fail-under': { type: 'string' }, verbose: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  const failUnder = values['fail-under'] === undefined ? null : Number(values['fail-under']);
  if (failUnder !== null && !(Number.isFinite(failUnder) && failUnder >= 0 && failUnder <= 100))
    throw new AppError('USAGE', `--fail-under takes a percentage from 0 to 100. ${usage}`);

  const dir = path.resolve(projectRoot, positionals[0] ?? 'content');
  const content = await checkContent(dir);
  const errors = errorsOnly(content.problems);
  if (errors.length) {
    for (const problem of errors) console.error(formatProblem(problem));
    console.error(`${errors.length} error(s) in content: fix them (npm run content:check) before measuring coverage.`);
    return 1;
  }
  const courses = content.courses.filter((c) => values.course === undefined || c.definition.id === values.course);
  if (courses.length === 0)
    throw new AppError('USAGE', `No course has the id "${values.course}"; the courses are ${content.courses.map((c) => c.definition.id).join(', ')}.`);

  const input = coverageInputFromFiles(content);
  const reports = courses.map((c) => courseCoverage(c.definition, input));
  console.log(reports.map((r) => formatCoverage(r, { verbose: values.verbose })).join('\n\n'));
  const below = failUnder === null ? [] : reports.filter((r) => r.coveredWeight < failUnder);
  for (const r of below) console.error(`${r.courseId}: ${percent(r.coveredWeight)} of the blueprint weight is covered, under the required ${failUnder} %.`);
  return below.length ? 1 : 0;
});
