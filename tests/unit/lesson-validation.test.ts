import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../lib/content/problems';
import { checkContent } from '../../lib/content/sync';
import { chapterDir, copyOfContent, lessonFile } from '../helpers/content-tree';

const errorsOf = async (dir: string) => (await checkContent(dir)).problems.filter((p) => p.severity === 'error').map(formatProblem);

describe('lesson validation across files', () => {
  it('accepts the real chapters, each numbered 1..n, every link and anchor resolving', async () => {
    const checked = await checkContent('content');
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const orders = new Map<string, number[]>();
    for (const { frontmatter } of checked.lessons) orders.set(frontmatter.chapterId, [...(orders.get(frontmatter.chapterId) ?? []), frontmatter.order]);
    expect(orders.get('chapter-001-virtualization-cloud')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const [chapterId, list] of orders)
      expect(
        list.toSorted((a, b) => a - b),
        chapterId,
      ).toEqual(list.map((_, i) => i + 1));
    expect(checked.lessons.every((l) => l.compiled!.wordCount >= 1200)).toBe(true);
  });

  it('reports all cross-file errors at once with the line of the offending key', async () => {
    const tree = await copyOfContent();
    await tree.write(`${chapterDir}/lesson-090-a.md`, lessonFile('lesson-090-a', { chapterId: 'chapter-nowhere' }, 'Body.\n'));
    await tree.write(`${chapterDir}/lesson-091-b.md`, lessonFile('lesson-091-b', { order: '3' }, 'Body.\n'));
    await tree.write(
      `${chapterDir}/lesson-092-c.md`,
      lessonFile('lesson-092-c', { order: '92', examObjectives: '\n  ccna-200-301: ["1.12", "9.99"]\n  unknown-course: ["1.1"]' }, 'Body.\n'),
    );
    await tree.write(
      `${chapterDir}/lesson-093-d.md`,
      lessonFile(
        'lesson-093-d',
        { order: '93' },
        '## Here\n\nSee [gone](./lesson-404-missing.md), [bad anchor](./lesson-002-hypervisors.md#no-such-heading) and [self](#nowhere).\n',
      ),
    );
    await tree.write(
      'lessons/elsewhere/lesson-001-virtualization-fundamentals.md',
      lessonFile('lesson-001-virtualization-fundamentals', { order: '94' }, 'Twin.\n'),
    );

    const errors = await errorsOf(tree.dir);
    const at = (name: string) => `${tree.dir.replace(`${process.cwd()}/`, '')}/${chapterDir}/${name}`;
    expect(errors).toEqual(
      expect.arrayContaining([
        `${at('lesson-090-a.md')}:4: chapterId: unknown chapter "chapter-nowhere" (chapters are listed in content/chapters.yaml)`,
        expect.stringMatching(
          new RegExp(
            `^${at('lesson-091-b.md')}:5: order: order 3 is already used in chapter chapter-001-virtualization-cloud by .*lesson-003-virtual-switching\\.md:5$`,
          ),
        ),
        `${at('lesson-092-c.md')}:8: examObjectives.ccna-200-301.1: course ccna-200-301 has no objective or sub-objective 9.99`,
        `${at('lesson-092-c.md')}:9: examObjectives.unknown-course: unknown course "unknown-course"`,
        `${at('lesson-093-d.md')}:12: link: links to lesson "lesson-404-missing", which does not exist`,
        `${at('lesson-093-d.md')}:12: link: links to #no-such-heading, which is not a heading of lesson lesson-002-hypervisors`,
        `${at('lesson-093-d.md')}:12: link: links to #nowhere, which is not a heading of this lesson`,
        expect.stringMatching(
          /elsewhere\/lesson-001-virtualization-fundamentals\.md:2: id: duplicate lesson id "lesson-001-virtualization-fundamentals" \(also in /,
        ),
      ]),
    );
  });

  it('accepts sub-objective codes, and warns where a lesson or question names an objective with one of its own sub-objectives', async () => {
    const tree = await copyOfContent();
    await tree.write(
      `${chapterDir}/lesson-096-sub.md`,
      lessonFile('lesson-096-sub', { order: '96', examObjectives: '\n  ccna-200-301: ["1.12", "1.9.a", "1.9", "1.11.x"]' }, '## Here\n\nBody.\n'),
    );
    await tree.write(
      `${chapterDir}/lesson-096-sub.questions.yaml`,
      'lesson: lesson-096-sub\nquestions:\n  - id: l96-sub\n    type: truefalse\n    stem: Which?\n    explanation: Because.\n    answer: true\n    objectives: { ccna-200-301: ["1.13", "1.13.d"] }\n',
    );
    const problems = (await checkContent(tree.dir)).problems.map((p) => formatProblem({ ...p, file: path.basename(p.file) }));
    expect(problems).toEqual(
      expect.arrayContaining([
        'lesson-096-sub.md:8: examObjectives.ccna-200-301.3: course ccna-200-301 has no objective or sub-objective 1.11.x',
        'lesson-096-sub.md:8: warning: examObjectives.ccna-200-301.1: names both 1.9 and its sub-objective 1.9.a for ccna-200-301: keep 1.9 if all of it is taught, otherwise only the sub-objectives',
      ]),
    );

    await tree.write(
      `${chapterDir}/lesson-096-sub.md`,
      lessonFile('lesson-096-sub', { order: '96', examObjectives: '\n  ccna-200-301: ["1.12", "1.9.a"]' }, '## Here\n\nBody.\n'),
    );
    const checked = await checkContent(tree.dir);
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(checked.problems.filter((p) => p.file.includes('096')).map((p) => formatProblem({ ...p, file: path.basename(p.file) }))).toEqual([
      'lesson-096-sub.questions.yaml:8: warning: questions.0.objectives.ccna-200-301.1: names both 1.13 and its sub-objective 1.13.d for ccna-200-301: keep 1.13 if all of it is taught, otherwise only the sub-objectives',
    ]);
  });

  it('keeps unknown frontmatter keys and warns about them without failing', async () => {
    const tree = await copyOfContent();
    await tree.write(`${chapterDir}/lesson-095-extra.md`, lessonFile('lesson-095-extra', { order: '95', difficulty: 'hard' }, 'Body.\n'));
    const checked = await checkContent(tree.dir);
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(checked.problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(/lesson-095-extra\.md:7: warning: difficulty: unknown key \(kept, but not used\)$/),
    );
    expect(checked.lessons.find((l) => l.frontmatter.id === 'lesson-095-extra')?.extra).toEqual({ difficulty: 'hard' });
  });

  it('links the closing "Next Lesson" line to the next lesson, skipping drafts, and leaves the last one unlinked', async () => {
    const tree = await copyOfContent();
    await tree.write(`${chapterDir}/lesson-008-draft.md`, lessonFile('lesson-008-draft', { order: '8', draft: 'true' }, 'Not ready.\n'));
    const { lessons } = await checkContent(tree.dir);
    const html = (id: string) => lessons.find((l) => l.frontmatter.id === id)!.compiled!.html;
    expect(html('lesson-001-virtualization-fundamentals')).toMatch(/<p class="next-lesson">.*<a href="\/lessons\/lesson-002-hypervisors">/s);
    expect(html('lesson-007-cloud-computing')).not.toContain('href="/lessons/lesson-008-draft"');
  });
});
