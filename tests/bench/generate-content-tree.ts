import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { checkContent } from '../../lib/content/sync';
import { errorsOnly, formatProblem } from '../../lib/content/problems';
import { splitFrontmatter } from '../../lib/content/split-frontmatter';

export type GeneratedTree = { dir: string; lessons: number; chapters: number; chapterIds: string[]; lessonFiles: string[] };

export type GenerateOptions = {
  /** Folder to write into (created); it becomes the content dir passed to checkContent/syncContent. */
  dir: string;
  lessons?: number;
  chapters?: number;
  /** The real tree whose courses and first-chapter lessons serve as templates. */
  sourceDir?: string;
};

const templateChapter = 'chapter-001-virtualization-cloud';
const courseIds = ['ccna-200-301', 'network-plus-n10-009'];
// A link to another lesson file, as authors write it: [text](./lesson-002-hypervisors.md#anchor); text may span lines.
const lessonLink = /\[([^[\]]*)\]\(\.\/([a-z0-9-]+)\.md(#[^)\s]*)?\)/g;

type Template = { id: string; slug: string; title: string; frontmatter: string; body: string };

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const chapterId = (c: number) => `gen-chapter-${pad(c + 1, 3)}`;
const lessonId = (c: number, j: number, template: Template) => `gen-${pad(c + 1, 3)}-${pad(j + 1, 4)}-${template.slug}`;

async function readTemplates(sourceDir: string): Promise<Template[]> {
  const folder = path.join(sourceDir, 'lessons', templateChapter);
  const names = (await readdir(folder)).filter((n) => n.endsWith('.md')).sort();
  return Promise.all(
    names.map(async (name) => {
      const split = splitFrontmatter(await readFile(path.join(folder, name), 'utf8'), name);
      if (split.frontmatter === null) throw new Error(`template ${name} has no frontmatter`);
      const data = parse(split.frontmatter) as { id: string; title: string };
      return { id: data.id, slug: data.id.replace(/^lesson-\d+-/, ''), title: data.title, frontmatter: split.frontmatter, body: split.body };
    }),
  );
}

/** Replaces the identity fields of a template's frontmatter; every other field stays as written. */
function frontmatterFor(template: Template, fields: { id: string; title: string; chapterId: string; order: number }): string {
  const replaced = new Set<string>();
  const lines = template.frontmatter.split('\n').map((line) => {
    const key = /^(id|title|chapterId|order):/.exec(line)?.[1] as keyof typeof fields | undefined;
    if (!key) return line;
    replaced.add(key);
    return `${key}: ${JSON.stringify(fields[key])}`;
  });
  if (replaced.size !== 4) throw new Error(`template ${template.id}: expected id, title, chapterId and order on their own lines`);
  return lines.join('\n');
}

/**
 * Writes a content tree of `lessons` lessons over `chapters` chapters (both courses), rotating
 * through the real lessons as templates. A link to another template lesson is pointed at the
 * generated lesson of that template in the same chapter (same headings, so anchors stay valid),
 * or unlinked when the chapter is too small to hold one.
 */
export async function generateContentTree(options: GenerateOptions): Promise<GeneratedTree> {
  const { dir, lessons = 1000, chapters = 20, sourceDir = path.join(process.cwd(), 'content') } = options;
  const templates = await readTemplates(sourceDir);
  const templateIndex = new Map(templates.map((t, i) => [t.id, i]));

  await mkdir(path.join(dir, 'courses'), { recursive: true });
  for (const name of (await readdir(path.join(sourceDir, 'courses'))).filter((n) => n.endsWith('.yaml'))) {
    await copyFile(path.join(sourceDir, 'courses', name), path.join(dir, 'courses', name));
  }

  const chapterIds = Array.from({ length: chapters }, (_, c) => chapterId(c));
  const chaptersYaml = chapterIds
    .map(
      (id, c) =>
        `  - id: ${id}\n    title: "Generated chapter ${c + 1}"\n    order: ${c + 1}\n    courses: [${courseIds.join(', ')}]\n    summary: "Benchmark chapter ${c + 1}."\n`,
    )
    .join('');
  await writeFile(path.join(dir, 'chapters.yaml'), `chapters:\n${chaptersYaml}`);

  const perChapter = Math.ceil(lessons / chapters);
  const lessonFiles: string[] = [];
  for (let k = 0; k < lessons; k++) {
    const c = Math.floor(k / perChapter);
    const j = k % perChapter;
    const size = Math.min(perChapter, lessons - c * perChapter);
    const template = templates[j % templates.length];
    const id = lessonId(c, j, template);
    const body = template.body.replace(lessonLink, (whole, text: string, target: string, anchor: string | undefined) => {
      const t = templateIndex.get(target);
      if (t === undefined) return whole;
      const sameBlock = j - (j % templates.length) + t;
      const position = sameBlock < size ? sameBlock : t < size ? t : -1;
      if (position < 0) return text;
      return `[${text}](./${lessonId(c, position, templates[position % templates.length])}.md${anchor ?? ''})`;
    });
    const frontmatter = frontmatterFor(template, { id, title: `${template.title} (${k + 1})`, chapterId: chapterIds[c], order: j + 1 });
    const folder = path.join(dir, 'lessons', chapterIds[c]);
    await mkdir(folder, { recursive: true });
    const file = path.join(folder, `${id}.md`);
    await writeFile(file, `---\n${frontmatter}\n---\n${body}`);
    lessonFiles.push(file);
  }
  return { dir, lessons, chapters, chapterIds, lessonFiles };
}

/** Throws with every error listed unless checkContent accepts the tree. */
export async function assertValidTree(dir: string) {
  const result = await checkContent(dir);
  const errors = errorsOnly(result.problems);
  if (errors.length) throw new Error(`generated tree has ${errors.length} content error(s):\n${errors.slice(0, 20).map(formatProblem).join('\n')}`);
  return result;
}

// Run directly: node --import tsx tests/bench/generate-content-tree.ts [lessons] [dir]
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const lessons = Number(process.argv[2] ?? 1000);
  const dir = process.argv[3] ?? path.join(os.tmpdir(), `netprep-content-${lessons}`);
  const tree = await generateContentTree({ dir, lessons });
  const started = performance.now();
  const result = await assertValidTree(tree.dir);
  console.log(
    `Wrote ${tree.lessons} lessons in ${tree.chapters} chapters to ${tree.dir}; checkContent: 0 errors, ${result.problems.length} warning(s), ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}
