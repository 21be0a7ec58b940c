import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export type ContentFile = {
  /** Path shown in messages: relative to the working directory when inside it. */
  displayPath: string;
  absolutePath: string;
  text: string;
  hash: string;
};

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function displayPath(absolutePath: string): string {
  const relative = path.relative(process.cwd(), absolutePath);
  return relative.startsWith('..') ? absolutePath : relative;
}

/** Every file under `dir` whose name ends with one of `extensions`, sorted by path for stable output. */
export async function readContentFiles(dir: string, extensions: string[]): Promise<ContentFile[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((e) => e.isFile() && extensions.some((ext) => e.name.endsWith(ext)))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  return Promise.all(
    paths.map(async (absolutePath) => {
      const text = await readFile(absolutePath, 'utf8');
      return { displayPath: displayPath(absolutePath), absolutePath, text, hash: contentHash(text) };
    }),
  );
}

/** Keys present in the data but not declared by the schema: kept, and reported as warnings. */
export function unknownKeys(data: unknown, known: readonly string[]): string[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  return Object.keys(data).filter((key) => !known.includes(key));
}
