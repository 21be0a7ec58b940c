import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isAppError } from '../errors';
import { prepareImage, type PreparedImage } from '../media/prepare-image';
import { displayPath } from './content-files';
import type { ContentProblem } from './problems';

export type ContentImage = PreparedImage & { file: string };

/** Images of one lesson folder: the path lessons write (`images/switch.svg`) → the stored address. */
export type FolderImages = Record<string, string>;

/**
 * Every file in an `images/` folder under `lessonsDir` (content/lessons/), checked as an upload is (type sniffed
 * from the bytes, size limits, SVG sanitized). A lesson shows one with a path relative to its own
 * file, `![what it shows](images/switch.svg)`; sync stores the images before the lessons.
 */
export async function loadImages(lessonsDir: string) {
  const problems: ContentProblem[] = [];
  const images: ContentImage[] = [];
  const byFolder = new Map<string, FolderImages>();
  for (const absolutePath of await imageFiles(lessonsDir)) {
    const file = displayPath(absolutePath);
    try {
      const image = prepareImage(new Uint8Array(await readFile(absolutePath)));
      images.push({ ...image, file });
      const lessonFolder = folderOf(file);
      const written = path.relative(lessonFolder, file).split(path.sep).join('/');
      byFolder.set(lessonFolder, { ...byFolder.get(lessonFolder), [written]: image.url });
    } catch (error) {
      if (!isAppError(error)) throw error;
      problems.push({ file, line: 1, message: error.message, severity: 'error' });
    }
  }
  /** The images a lesson file may show, keyed as it writes them. */
  const forLesson = (lessonFile: string): FolderImages => byFolder.get(path.dirname(lessonFile)) ?? {};
  return { images, problems, forLesson };
}

/** The folder holding the `images/` folder a file is in: where the lessons that show it live. */
function folderOf(file: string): string {
  const parts = file.split(path.sep);
  return parts.slice(0, parts.lastIndexOf('images')).join(path.sep) || '.';
}

async function imageFiles(lessonsDir: string): Promise<string[]> {
  if (!existsSync(lessonsDir)) return [];
  const entries = await readdir(lessonsDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && path.relative(lessonsDir, e.parentPath).split(path.sep).includes('images'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
