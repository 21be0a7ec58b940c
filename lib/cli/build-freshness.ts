import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

// Everything `next build` reads. Content is not here: pages read it from the database.
const inputs = [
  'app',
  'components',
  'lib',
  'public',
  'instrumentation.ts',
  'proxy.ts',
  'next.config.js',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
  'prisma/schema.prisma',
];
const skipped = new Set(['generated', 'node_modules']);
const stampFile = '.next/netprep-build-stamp';

async function listFiles(root: string, entry: string): Promise<string[]> {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  const entries = await readdir(full, { withFileTypes: true }).catch(() => null);
  if (!entries) return [entry];
  const nested = await Promise.all(entries.filter((e) => !skipped.has(e.name)).map((e) => listFiles(root, path.join(entry, e.name))));
  return nested.flat();
}

/** A hash of every build input's path and bytes. */
export async function buildInputsHash(root: string): Promise<string> {
  const files = (await Promise.all(inputs.map((entry) => listFiles(root, entry)))).flat().sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(await readFile(path.join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

export async function isBuildCurrent(root: string, inputsHash: string): Promise<boolean> {
  const stamp = path.join(root, stampFile);
  return existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(stamp) && (await readFile(stamp, 'utf8')) === inputsHash;
}

export async function markBuildCurrent(root: string, inputsHash: string): Promise<void> {
  await writeFile(path.join(root, stampFile), inputsHash);
}
