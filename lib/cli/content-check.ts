import path from 'node:path';
import { projectRoot } from '../db/paths';
import { errorsOnly, formatProblem } from '../content/problems';
import { checkContent } from '../content/sync';
import { runCli } from './run-cli';

runCli(async () => {
  const dir = path.resolve(projectRoot, process.argv[2] ?? 'content');
  const { problems, counts } = await checkContent(dir);
  for (const problem of problems) (problem.severity === 'error' ? console.error : console.warn)(formatProblem(problem));
  const errors = errorsOnly(problems).length;
  const summary = Object.entries(counts)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  if (errors) {
    console.error(`${errors} error(s), ${problems.length - errors} warning(s) in ${path.relative(projectRoot, dir) || dir}.`);
    return 1;
  }
  console.log(`Content is valid: ${summary}${problems.length ? `, ${problems.length} warning(s)` : ''}.`);
});
