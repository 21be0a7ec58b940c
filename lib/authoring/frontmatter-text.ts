import { parseDocument } from 'yaml';
import { lessonFrontmatterSchema } from '../content/lesson-schema';
import { splitFrontmatter } from '../content/split-frontmatter';

/**
 * A lesson file as the editor holds it: the frontmatter YAML (edited through the form) and the
 * Markdown body (edited in CodeMirror). Client-safe: no Node modules.
 */
export type LessonText = { frontmatter: string; body: string };

export function splitLessonText(source: string): LessonText {
  const split = splitFrontmatter(source, 'lesson');
  return split.frontmatter === null ? { frontmatter: '', body: source } : { frontmatter: split.frontmatter, body: split.body };
}

export function joinLessonText({ frontmatter, body }: LessonText): string {
  return `---\n${frontmatter.replace(/\n+$/, '')}\n---\n${body}`;
}

export type FrontmatterFields = { data: Record<string, unknown>; yamlError: string | null; errors: Record<string, string[]> };

/** The frontmatter's values and, per field, what the content schema says about them. */
export function readFrontmatter(frontmatter: string): FrontmatterFields {
  const doc = parseDocument(frontmatter);
  if (doc.errors.length) return { data: {}, yamlError: doc.errors[0].message.split('\n')[0], errors: {} };
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const parsed = lessonFrontmatterSchema.safeParse(data);
  const errors: Record<string, string[]> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      (errors[String(issue.path[0] ?? '')] ??= []).push(issue.path.length > 1 ? `${issue.path.slice(1).join('.')}: ${issue.message}` : issue.message);
  }
  return { data, yamlError: null, errors };
}

/** Sets (or, for an empty value, removes) one field, keeping comments and every other key as written. */
export function setFrontmatterField(frontmatter: string, key: string, value: unknown): string {
  const doc = parseDocument(frontmatter);
  const empty =
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
  if (empty) doc.delete(key);
  else doc.set(key, value);
  return doc.toString({ lineWidth: 0 }).replace(/\n+$/, '');
}
