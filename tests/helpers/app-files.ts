import { readdir } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** Files under app/ with one of these names, as repo-relative paths ("app/account/page.tsx"). */
export async function appFiles(names: string[]): Promise<string[]> {
  const entries = await readdir(path.join(root, 'app'), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && names.includes(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export const repoRoot = root;
