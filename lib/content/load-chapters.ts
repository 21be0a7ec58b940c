import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chaptersFileSchema, type ChapterDefinition } from './chapter-schema';
import { contentHash, displayPath } from './content-files';
import type { ContentProblem } from './problems';
import { parseYamlSource, zodProblems } from './yaml-source';

export type LoadedChapter = { definition: ChapterDefinition; hash: string; line: number };

/** Reads content/chapters.yaml; `courseIds` are the courses that exist, to check membership. */
export async function loadChapters(contentDir: string, courseIds: Set<string>): Promise<{ chapters: LoadedChapter[]; problems: ContentProblem[]; file: string }> {
  const absolute = path.join(contentDir, 'chapters.yaml');
  const file = displayPath(absolute);
  if (!existsSync(absolute)) return { chapters: [], problems: [], file };
  const source = parseYamlSource(await readFile(absolute, 'utf8'), file);
  if (source.problems.length) return { chapters: [], problems: source.problems, file };
  const parsed = chaptersFileSchema.safeParse(source.data);
  if (!parsed.success) return { chapters: [], problems: zodProblems(parsed.error, source, file), file };

  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  const chapters = parsed.data.chapters.flatMap((definition, i) => {
    const line = source.lineOf(['chapters', i, 'id']);
    const error = (field: string, message: string, at = line) => problems.push({ file, line: at, field: `chapters.${i}.${field}`, message, severity: 'error' });
    if (seen.has(definition.id)) {
      error('id', `duplicate chapter id "${definition.id}" (also on line ${seen.get(definition.id)})`);
      return [];
    }
    seen.set(definition.id, line);
    definition.courses.forEach((courseId, c) => {
      if (!courseIds.has(courseId)) error(`courses.${c}`, `unknown course "${courseId}"`, source.lineOf(['chapters', i, 'courses', c]));
    });
    const hash = contentHash(JSON.stringify(definition));
    return [{ definition, hash, line }];
  });
  return { chapters, problems, file };
}
