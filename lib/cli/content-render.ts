import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors';
import { contentHash, displayPath } from '../content/content-files';
import { loadImages } from '../content/load-images';
import { parseLessonFile } from '../content/load-lesson-file';
import { compileLessonBody } from '../content/markdown/compile-checked';
import { errorsOnly, formatProblem } from '../content/problems';
import { runCli } from './run-cli';

const usage = 'usage: npm run content:render -- FILE [--json]  (FILE is a lesson, e.g. content/lessons/<chapter>/<lesson>.md)';

// Previews one lesson as sync would compile it; the next-lesson link needs the whole chapter, so it stays plain text here.
runCli(async () => {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const rest = args.filter((arg) => arg !== '--json');
  if (rest.length !== 1 || rest[0].startsWith('-')) throw new AppError('USAGE', usage);

  const absolutePath = path.resolve(rest[0]);
  const text = await readFile(absolutePath, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new AppError('NOT_FOUND', `cannot read ${rest[0]} (${error.code ?? error.message}); check the path`);
  });
  const file = { displayPath: displayPath(absolutePath), absolutePath, text, hash: contentHash(text) };

  const parsed = parseLessonFile(file);
  for (const problem of parsed.problems) console.error(formatProblem(problem));
  if (errorsOnly(parsed.problems).length || !parsed.frontmatter) return 1;

  const folder = await loadImages(path.dirname(absolutePath));
  folder.problems.forEach((problem) => console.error(formatProblem(problem)));
  const images = folder.forLesson(file.displayPath);
  const { compiled, problems } = await compileLessonBody(parsed.body, {
    file: file.displayPath,
    bodyStartLine: parsed.bodyStartLine,
    nextLesson: null,
    images,
  });
  // The JSON output carries the warnings itself.
  if (!compiled || !json) problems.forEach((problem) => console.error(formatProblem(problem)));
  if (!compiled) return 1;
  if (json) {
    const { html, toc, wordCount, readingMinutes, warnings } = compiled;
    console.log(JSON.stringify({ frontmatter: parsed.frontmatter, html, toc, wordCount, readingMinutes, warnings }, null, 2));
    return;
  }
  console.log(compiled.html);
});
