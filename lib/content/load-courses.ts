import path from 'node:path';
import { courseSchema, type CourseDefinition } from './course-schema';
import { readContentFiles, unknownKeys } from './content-files';
import type { ContentProblem } from './problems';
import { parseYamlSource, zodProblems } from './yaml-source';

export type LoadedCourse = { definition: CourseDefinition; file: string; hash: string };

const knownCourseKeys = Object.keys(courseSchema.shape);

export async function loadCourses(contentDir: string): Promise<{ courses: LoadedCourse[]; problems: ContentProblem[] }> {
  const files = await readContentFiles(path.join(contentDir, 'courses'), ['.yaml', '.yml']);
  const courses: LoadedCourse[] = [];
  const problems: ContentProblem[] = [];
  const idLines = new Map<string, string>();

  for (const file of files) {
    const source = parseYamlSource(file.text, file.displayPath);
    problems.push(...source.problems);
    if (source.problems.length) continue;
    for (const key of unknownKeys(source.data, knownCourseKeys)) {
      problems.push({ file: file.displayPath, line: source.lineOf([key]), field: key, message: 'unknown key (kept, but not used)', severity: 'warning' });
    }
    const parsed = courseSchema.safeParse(source.data);
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, source, file.displayPath));
      continue;
    }
    const previous = idLines.get(parsed.data.id);
    if (previous) {
      problems.push({ file: file.displayPath, line: source.lineOf(['id']), field: 'id', message: `duplicate course id "${parsed.data.id}" (also in ${previous})`, severity: 'error' });
      continue;
    }
    idLines.set(parsed.data.id, `${file.displayPath}:${source.lineOf(['id'])}`);
    courses.push({ definition: parsed.data, file: file.displayPath, hash: file.hash });
  }
  if (files.length === 0) {
    problems.push({ file: path.join(contentDir, 'courses'), line: 1, message: 'no course files found (expected content/courses/*.yaml)', severity: 'error' });
  }
  return { courses, problems };
}
