import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../lib/content/sync';
import { formatProblem } from '../../lib/content/problems';
import { questionTypes } from '../../lib/questions/schema';
import { chapterDir, copyOfContent } from '../helpers/content-tree';

const bankFile = `${chapterDir}/lesson-003-virtual-switching.questions.yaml`;
const questionEntry = (fields: string) => `  - id: l03-test-question\n${fields}`;

describe('the course question banks', () => {
  it('are valid and lint-clean, with at least 14 questions per lesson, every type, each with an explanation and a section', async () => {
    const checked = await checkContent(path.resolve('content'));
    // Warnings too: the bank lints (answer-length cue, giveaway wording) hold the real content to the bar.
    expect(checked.problems.map(formatProblem)).toEqual([]);
    for (const lesson of checked.lessons) {
      expect(checked.questions.filter((q) => q.lessonId === lesson.frontmatter.id).length, lesson.frontmatter.id).toBeGreaterThanOrEqual(14);
    }
    expect(new Set(checked.questions.map((q) => q.question.type))).toEqual(new Set(questionTypes));
    for (const { question } of checked.questions) {
      expect(question.explanation.length, question.id).toBeGreaterThan(40);
      expect(question.section, question.id).toBeTruthy();
    }
  });
});

describe('question validation', () => {
  async function problemsFor(entry: string, lesson = 'lesson-003-virtual-switching') {
    const tree = await copyOfContent();
    await tree.write(bankFile, `lesson: ${lesson}\nquestions:\n${entry}`);
    const checked = await checkContent(tree.dir);
    return checked.problems.filter((p) => p.severity === 'error').map((p) => formatProblem({ ...p, file: path.basename(p.file) }));
  }
  const base = '    stem: Which?\n    explanation: Because.\n';

  it('reports an answer that is not among the options, at its line', async () => {
    const problems = await problemsFor(
      questionEntry(`    type: single\n${base}    options:\n      - { id: a, text: One }\n      - { id: b, text: Two }\n    answer: c\n`),
    );
    expect(problems).toEqual(['lesson-003-virtual-switching.questions.yaml:10: questions.0.answer: answer "c" is not among the options (a, b)']);
  });

  it('reports an unknown lesson, section and objective', async () => {
    expect(await problemsFor(questionEntry(`    type: truefalse\n${base}    answer: true\n`), 'no-such-lesson')).toEqual([
      'lesson-003-virtual-switching.questions.yaml:1: lesson: unknown lesson "no-such-lesson"',
    ]);
    expect(await problemsFor(questionEntry(`    type: truefalse\n${base}    answer: true\n    section: not-a-heading\n`))).toEqual([
      'lesson-003-virtual-switching.questions.yaml:8: questions.0.section: lesson lesson-003-virtual-switching has no heading #not-a-heading',
    ]);
    expect(await problemsFor(questionEntry(`    type: truefalse\n${base}    answer: true\n    objectives: { ccna-200-301: ["9.9"] }\n`))).toEqual([
      'lesson-003-virtual-switching.questions.yaml:8: questions.0.objectives.ccna-200-301: course ccna-200-301 has no objective or sub-objective 9.9',
    ]);
  });

  it('reports an empty explanation and a duplicate id in another file', async () => {
    expect(await problemsFor(questionEntry(`    type: truefalse\n    stem: Which?\n    explanation: ""\n    answer: true\n`))).toEqual([
      'lesson-003-virtual-switching.questions.yaml:6: questions.0.explanation: is required',
    ]);
    const duplicate = await problemsFor(`  - id: l01-consolidation-business-case\n    type: truefalse\n${base}    answer: true\n`);
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0]).toMatch(
      /^lesson-003-virtual-switching\.questions\.yaml:3: questions.0.id: duplicate question id "l01-consolidation-business-case" \(also in .*lesson-001-virtualization-fundamentals\.questions\.yaml:\d+\)$/,
    );
  });

  it('reports matching prompts that point nowhere and multiple-select answers listed twice', async () => {
    const matching = await problemsFor(
      questionEntry(
        `    type: matching\n${base}    prompts:\n      - { id: p1, text: A, match: c9 }\n      - { id: p2, text: B, match: c1 }\n    choices:\n      - { id: c1, text: X }\n      - { id: c2, text: Y }\n`,
      ),
    );
    expect(matching).toEqual(['lesson-003-virtual-switching.questions.yaml:8: questions.0.prompts.0.match: "c9" is not the id of a choice']);
    const multiple = await problemsFor(
      questionEntry(
        `    type: multiple\n${base}    options:\n      - { id: a, text: One }\n      - { id: b, text: Two }\n      - { id: c, text: Three }\n    answer: [a, a]\n`,
      ),
    );
    expect(multiple).toEqual(['lesson-003-virtual-switching.questions.yaml:11: questions.0.answer.1: answer "a" is listed twice']);
  });
});
