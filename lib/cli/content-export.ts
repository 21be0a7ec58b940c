import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportContent } from '../authoring/export-content';
import { createDb } from '../db/client';
import { openDatabase } from '../db/database';
import { projectRoot } from '../db/paths';
import { AppError } from '../errors';
import { runCli } from './run-cli';

const usage = `Usage: npm run content:export -- DIR [--force]
  Writes the database's courses, chapters, lessons and question banks into DIR as content files.
  DIR must be empty (or add --force). With DIR = content, only the lessons and questions edited in
  the browser are written, into their own files: commit them and content:sync hands them back to the files.`;

runCli(async () => {
  const { values, positionals } = (() => {
    try {
      return parseArgs({ options: { force: { type: 'boolean' } }, allowPositionals: true });
    } catch (error) {
      throw new AppError('INVALID_INPUT', `${(error as Error).message}\n${usage}`);
    }
  })();
  if (positionals.length !== 1) throw new AppError('INVALID_INPUT', `Give exactly one DIR to export into.\n${usage}`);
  const dir = path.resolve(projectRoot, positionals[0]);
  const intoContentDir = dir === path.resolve(projectRoot, 'content');

  const database = await openDatabase(console.log);
  const db = createDb(database.url, 2);
  try {
    const written = await exportContent(db, dir, { intoContentDir, force: values.force ?? false });
    for (const file of written) console.log(`wrote ${path.join(path.relative(projectRoot, dir) || dir, file)}`);
    console.log(
      written.length
        ? `Exported ${written.length} file(s) into ${path.relative(projectRoot, dir) || dir}. Check them with npm run content:check -- ${path.relative(projectRoot, dir) || dir}.`
        : 'Nothing to export: no lesson or question is edited in the browser.',
    );
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
