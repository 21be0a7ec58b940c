import path from 'node:path';
import { projectRoot } from '../db/paths';
import { env } from '../env';

/** The content tree the question commands read and write; tests point it at a private copy. */
export function contentDir(): string {
  return path.resolve(projectRoot, env().NETPREP_CONTENT_DIR ?? 'content');
}
