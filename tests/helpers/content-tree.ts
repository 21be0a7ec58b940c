import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** A private copy of content/ that a test can edit; removed when the file's tests end. */
export async function copyOfContent(): Promise<{ dir: string; write: (relative: string, text: string) => Promise<void>; edit: (relative: string, change: (text: string) => string) => Promise<void>; remove: (relative: string) => Promise<void> }> {
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
