import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/problems';
import { parseLessonFile } from '@/lib/content/load-lesson-file';
import { splitFrontmatter } from '@/lib/content/split-frontmatter';

const validFrontmatter = [
  '---',
  'id: lesson-063-virtualization',
  'title: "Virtualization"',
  'chapterId: chapter-001-virtualization-cloud',
  'order: 3',
  'duration: 15',
  'objectives:',
  '  - Explain why we virtualize',
  'examObjectives:',
  '  ccna-200-301: ["1.12"]',
  '---',
];
const body = '\n## First\n\nText.\n';

function lessonFile(lines: string[], text = body, name = 'lesson-063-virtualization') {
  return { displayPath: `content/lessons/ch/${name}.md`, absolutePath: `/repo/content/lessons/ch/${name}.md`, text: `${lines.join('\n')}\n${text}`, hash: '' };
}

function replaceLine(prefix: string, replacement: string | null): string[] {
  return validFrontmatter.flatMap((line) => (line.startsWith(prefix) ? (replacement === null ? [] : [replacement]) : [line]));
}

describe('parseLessonFile', () => {
  it('parses valid frontmatter and locates the body', () => {
    const parsed = parseLessonFile(lessonFile(validFrontmatter));
    expect(parsed.problems).toEqual([]);
    expect(parsed.frontmatter).toEqual({
      id: 'lesson-063-virtualization',
      title: 'Virtualization',
      chapterId: 'chapter-001-virtualization-cloud',
      order: 3,
      duration: 15,
      objectives: ['Explain why we virtualize'],
      draft: false,
      examObjectives: { 'ccna-200-301': ['1.12'] },
    });
    expect(parsed.body).toBe(body);
    expect(parsed.bodyStartLine).toBe(12);
    expect(parsed.extraKeys).toEqual([]);
  });

  it('reports a missing title at the start of the frontmatter fields', () => {
    const parsed = parseLessonFile(lessonFile(replaceLine('title:', null)));
    expect(parsed.frontmatter).toBeUndefined();
    expect(parsed.problems).toEqual([
      { file: 'content/lessons/ch/lesson-063-virtualization.md', line: 2, field: 'title', message: 'is required', severity: 'error' },
    ]);
    expect(formatProblem(parsed.problems[0])).toBe('content/lessons/ch/lesson-063-virtualization.md:2: title: is required');
  });

  it('reports a mistyped order on the order line', () => {
    const parsed = parseLessonFile(lessonFile(replaceLine('order:', 'order: "x"')));
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ line: 5, field: 'order', severity: 'error' });
  });

  it('reports a bad objective code on its own line', () => {
    const parsed = parseLessonFile(lessonFile(replaceLine('  ccna-200-301:', '  ccna-200-301: ["1.12", "one"]')));
    expect(parsed.problems).toEqual([
      expect.objectContaining({
        line: 10,
        field: 'examObjectives.ccna-200-301.1',
        message: 'an objective code looks like "1.12", a sub-objective\'s like "1.12.a"',
      }),
    ]);
  });

  it('keeps unknown keys but warns on their line', () => {
    const lines = [...validFrontmatter.slice(0, -1), 'difficulty: hard', '---'];
    const parsed = parseLessonFile(lessonFile(lines));
    expect(parsed.frontmatter).toBeDefined();
    expect(parsed.extraKeys).toEqual(['difficulty']);
    expect(parsed.problems).toEqual([
      {
        file: 'content/lessons/ch/lesson-063-virtualization.md',
        line: 11,
        field: 'difficulty',
        message: 'unknown key (kept, but not used)',
        severity: 'warning',
      },
    ]);
  });

  it('requires the id to match the file name', () => {
    const parsed = parseLessonFile(lessonFile(validFrontmatter, body, 'lesson-064-other'));
    expect(parsed.problems).toEqual([
      expect.objectContaining({ line: 2, field: 'id', severity: 'error', message: expect.stringContaining('lesson-064-other.md') }),
    ]);
  });

  it('reports a file without frontmatter at line 1', () => {
    const parsed = parseLessonFile({ ...lessonFile([]), text: '# Just Markdown\n' });
    expect(parsed.problems).toEqual([expect.objectContaining({ line: 1, severity: 'error', message: expect.stringContaining('missing frontmatter') })]);
    expect(parsed.body).toBe('# Just Markdown\n');
    expect(parsed.bodyStartLine).toBe(1);
  });

  it('reports unterminated frontmatter at line 1', () => {
    const parsed = parseLessonFile(lessonFile(validFrontmatter.slice(0, -1), ''));
    expect(parsed.problems).toEqual([expect.objectContaining({ line: 1, severity: 'error', message: expect.stringContaining('not closed') })]);
  });

  it('reports invalid YAML on the offending file line', () => {
    const tab = parseLessonFile(lessonFile(replaceLine('duration:', '\tduration: 15')));
    expect(tab.problems).toEqual([expect.objectContaining({ line: 6, severity: 'error', message: expect.stringContaining('invalid YAML') })]);
    const indent = parseLessonFile(lessonFile(replaceLine('chapterId:', '   chapterId: x')));
    expect(indent.problems[0]).toMatchObject({ line: 4, severity: 'error', message: expect.stringContaining('invalid YAML') });
  });
});

describe('splitFrontmatter', () => {
  it('keeps CRLF bodies byte for byte and counts lines after a BOM', () => {
    const split = splitFrontmatter('\uFEFF---\r\nid: a\r\n---\r\nline one\r\n', 'a.md');
    expect(split).toEqual({ frontmatter: 'id: a', frontmatterLineOffset: 1, body: 'line one\r\n', bodyStartLine: 4, problems: [] });
  });
});
