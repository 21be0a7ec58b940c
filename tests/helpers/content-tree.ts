import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { parse } from 'yaml';

/** A private copy of content/ that a test can edit; removed when the file's tests end. */
export async function copyOfContent(): Promise<{
  dir: string;
  write: (relative: string, text: string) => Promise<void>;
  edit: (relative: string, change: (text: string) => string) => Promise<void>;
  remove: (relative: string) => Promise<void>;
}> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'netprep-content-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  await cp(path.resolve('content'), dir, { recursive: true });
  return {
    dir,
    write: async (relative, text) => {
      await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
      await writeFile(path.join(dir, relative), text);
    },
    edit: async (relative, change) => writeFile(path.join(dir, relative), change(await readFile(path.join(dir, relative), 'utf8'))),
    remove: (relative) => rm(path.join(dir, relative)),
  };
}

export const chapterDir = 'lessons/chapter-001-virtualization-cloud';

export function lessonFile(id: string, fields: Record<string, string>, body: string): string {
  const frontmatter = {
    id,
    title: `"Lesson ${id}"`,
    chapterId: 'chapter-001-virtualization-cloud',
    order: '90',
    duration: '10',
    ...fields,
  };
  const lines = Object.entries(frontmatter).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\nobjectives:\n  - Do something useful\n---\n${body}`;
}

/** Counts read straight from the files, so tests need not hard-code the size of the course. */
export async function countContentFiles(dir: string): Promise<{ lessons: number; chapters: number; questions: number }> {
  const files = await readdir(path.join(dir, 'lessons'), { recursive: true });
  const read = async (relative: string) => parse(await readFile(path.join(dir, relative), 'utf8')) as Record<string, unknown[]>;
  const banks = await Promise.all(files.filter((f) => f.endsWith('.questions.yaml')).map((f) => read(path.join('lessons', f))));
  return {
    lessons: files.filter((f) => f.endsWith('.md')).length,
    chapters: (await read('chapters.yaml')).chapters.length,
    questions: banks.reduce((sum, bank) => sum + bank.questions.length, 0),
  };
}
