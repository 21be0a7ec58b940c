import path from 'node:path';
import type { ContentFile } from './content-files';
import { unknownKeys } from './content-files';
import { knownLessonKeys, lessonFrontmatterSchema, type LessonFrontmatter } from './lesson-schema';
import type { ContentProblem } from './problems';
import { splitFrontmatter } from './split-frontmatter';
import { parseYamlSource, zodProblems } from './yaml-source';

export type ParsedLessonFile = {
  /** Absent when the frontmatter is missing or fails the schema; look for errors in `problems` either way. */
  frontmatter?: LessonFrontmatter;
  extraKeys: string[];
  /** The unknown keys with their values, kept as written. */
  extra: Record<string, unknown>;
  /** File line of a frontmatter field, for problems found later (e.g. an unknown chapter). */
  lineOf: (path: readonly PropertyKey[]) => number;
  body: string;
  bodyStartLine: number;
  problems: ContentProblem[];
};

/** Reads a lesson's frontmatter and body; every problem carries the file line it is on. */
export function parseLessonFile(file: ContentFile): ParsedLessonFile {
  const name = file.displayPath;
  const split = splitFrontmatter(file.text, name);
  const result: ParsedLessonFile = { extraKeys: [], extra: {}, lineOf: () => 1, body: split.body, bodyStartLine: split.bodyStartLine, problems: [...split.problems] };
  if (split.frontmatter === null) return result;

  const source = parseYamlSource(split.frontmatter, name, split.frontmatterLineOffset);
  result.problems.push(...source.problems);
  if (source.problems.length) return result;
  if (!source.data || typeof source.data !== 'object' || Array.isArray(source.data)) {
    result.problems.push({ file: name, line: 1, message: 'frontmatter must be YAML fields (key: value), one per line', severity: 'error' });
    return result;
  }

  result.lineOf = source.lineOf;
  result.extraKeys = unknownKeys(source.data, knownLessonKeys);
  result.extra = Object.fromEntries(result.extraKeys.map((key) => [key, (source.data as Record<string, unknown>)[key]]));
  for (const key of result.extraKeys) {
    result.problems.push({ file: name, line: source.lineOf([key]), field: key, message: 'unknown key (kept, but not used)', severity: 'warning' });
  }
  const parsed = lessonFrontmatterSchema.safeParse(source.data);
  if (!parsed.success) result.problems.push(...zodProblems(parsed.error, source, name));

  // Links between lessons are written as file names, so the file name must be the id they resolve to.
  const id = (source.data as { id?: unknown }).id;
  const fileId = path.basename(file.absolutePath, '.md');
  if (typeof id === 'string' && id !== fileId) {
    result.problems.push({
      file: name,
      line: source.lineOf(['id']),
      field: 'id',
      message: `id "${id}" does not match the file name "${fileId}.md"; rename the file or change the id`,
      severity: 'error',
    });
  }
  if (!parsed.success) return result;
  result.frontmatter = parsed.data;
  return result;
}
