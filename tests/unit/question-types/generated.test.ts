import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/problems';
import { checkContent } from '@/lib/content/sync';
import { exportGift } from '@/lib/questions/formats/gift-export';
import { questionSchema, type Question } from '@/lib/questions/schema';
import { gradeShown, shownQuestion } from '@/lib/questions/shown-question';
import { chapterDir, copyOfContent } from '../../helpers/content-tree';

const entry = (params: Record<string, unknown>): Question =>
  questionSchema.parse({ id: 'subnet-facts-small', type: 'generated', generator: 'ipv4-subnet-facts', params, section: 'finding-the-subnet' });

describe('the generated question type', () => {
  it('reads a bank entry that names a generator, with a stem and explanation of its own by default', () => {
    const parsed = entry({ prefix: [24, 30], ask: ['network', 'broadcast'] });
    expect(parsed).toMatchObject({ type: 'generated', generator: 'ipv4-subnet-facts', params: { prefix: [24, 30] }, difficulty: 'medium' });
    expect(parsed.stem).toBeTruthy();
    expect(() => entry({}).id).not.toThrow();
  });

  it('refuses an unknown generator, naming the ones there are', () => {
    const result = questionSchema.safeParse({ id: 'x', type: 'generated', generator: 'ipv4-subnet-fact' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['generator'], message: expect.stringContaining('ipv4-subnet-facts') });
  });

  it('shows a variant as a concrete question that keeps the entry id and section, its explanation the worked solution', () => {
    const shown = shownQuestion(entry({ prefix: [26, 26], ask: ['network'] }), 7);
    expect(shown).toMatchObject({ id: 'subnet-facts-small', type: 'text', section: 'finding-the-subnet', accept: ['182.192.36.192'] });
    expect(shown.stem).toContain('182.192.36.199/26');
    expect(shown.explanation).toContain('AND');
    expect(shownQuestion(entry({ prefix: [26, 26], ask: ['network'] }), 8).stem).not.toBe(shown.stem);
    expect(() => shownQuestion(entry({}), null)).toThrow(/no seed/);
  });

  it("grades a typed answer with the generator's check(): any correct notation is right, malformed input is invalid, not wrong", () => {
    const mask = entry({ prefix: [24, 24], ask: ['mask'] });
    expect(gradeShown(mask, 7, { type: 'text', text: ' 255.255.255.0 ' })).toMatchObject({ correct: true, score: 1 });
    expect(gradeShown(mask, 7, { type: 'text', text: '255.255.0.0' })).toEqual({ correct: false, score: 0, partial: 0 });
    expect(gradeShown(mask, 7, { type: 'text', text: 'banana' })).toMatchObject({ correct: false, invalid: 'not a subnet mask (write 255.255.255.0 or /24)' });
    const network = entry({ prefix: [26, 26], ask: ['network'] });
    expect(gradeShown(network, 7, { type: 'text', text: '1.2.3' })).toMatchObject({ invalid: expect.stringContaining('not an IPv4 address') });
  });

  it('grades a choice or number variant through the grader of its concrete type', () => {
    const hosts = entry({ prefix: [27, 27], ask: ['usable-hosts'] });
    expect(shownQuestion(hosts, 3).type).toBe('numeric');
    expect(gradeShown(hosts, 3, { type: 'numeric', value: '30' })).toMatchObject({ correct: true });
    expect(gradeShown(hosts, 3, { type: 'numeric', value: '32' })).toMatchObject({ correct: false });
    expect(gradeShown(hosts, 3, { type: 'text', text: '30' })).toMatchObject({ correct: false, reason: 'wrong response type' });
  });
});

describe('content:check on a generated entry', () => {
  const bankFile = `${chapterDir}/lesson-003-virtual-switching.questions.yaml`;
  async function problemsFor(entryYaml: string) {
    const tree = await copyOfContent();
    await tree.write(bankFile, `lesson: lesson-003-virtual-switching\nquestions:\n${entryYaml}`);
    const checked = await checkContent(tree.dir);
    return checked.problems.filter((p) => p.severity === 'error').map((p) => formatProblem({ ...p, file: path.basename(p.file) }));
  }

  it("reports params the generator's schema refuses, at the param's line", async () => {
    const problems = await problemsFor(
      [
        '  - id: l03-subnet-facts',
        '    type: generated',
        '    generator: ipv4-subnet-facts',
        '    params:',
        '      prefix: [30, 24]',
        '      ask: [network, gateway]',
        '',
      ].join('\n'),
    );
    expect(problems).toEqual([
      'lesson-003-virtual-switching.questions.yaml:7: questions.0.params.prefix: the first number must not exceed the second',
      expect.stringMatching(/^lesson-003-virtual-switching\.questions\.yaml:8: questions\.0\.params\.ask\.1: /),
    ]);
  });

  it('reports an unknown generator at its line and accepts a valid entry', async () => {
    expect(await problemsFor('  - id: l03-subnet-facts\n    type: generated\n    generator: subnetting\n')).toEqual([
      expect.stringMatching(/^lesson-003-virtual-switching\.questions\.yaml:5: questions\.0\.generator: name one of the generators: ipv4-subnet-facts, /),
    ]);
    expect(
      await problemsFor('  - id: l03-subnet-facts\n    type: generated\n    generator: ipv4-subnet-facts\n    params: { prefix: [24, 30], ask: [network] }\n'),
    ).toEqual([]);
  });
});

describe('GIFT export of a generated entry', () => {
  it('writes frozen variants of its own type, numbered by seed, and says so', () => {
    const { gift, skipped, frozen } = exportGift([entry({ prefix: [24, 24], ask: ['mask'] })], { variants: 2 });
    expect(skipped).toEqual([]);
    expect(frozen).toEqual([{ id: 'subnet-facts-small', variants: 2 }]);
    expect(gift).toContain('// netprep: generated question subnet-facts-small written as 2 frozen variants (seeds 1 to 2)');
    expect(gift.match(/^::subnet-facts-small-v\d::/gm)).toEqual(['::subnet-facts-small-v1::', '::subnet-facts-small-v2::']);
    // A text variant's one accepted answer, then its worked solution as general feedback.
    expect(gift).toMatch(/\t=255\.255\.255\.0\n\t####/);
    expect(exportGift([entry({})], {}).frozen).toEqual([{ id: 'subnet-facts-small', variants: 5 }]);
  });
});
