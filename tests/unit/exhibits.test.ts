import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportGift } from '@/lib/questions/formats/gift-export';
import { exportMoodleXml } from '@/lib/questions/formats/moodle-xml/moodle-xml-export';
import { importMoodleXml } from '@/lib/questions/formats/moodle-xml/moodle-xml-import';
import { newPresentation, presentQuestion } from '@/lib/questions/present';
import { renderQuestion } from '@/lib/questions/render-question';
import { questionFileSchema, questionSchema } from '@/lib/questions/schema';
import { questionFileYaml } from '@/lib/questions/write-question-file';

const cli = [
  'R1#show ip interface brief',
  'Interface              IP-Address      OK? Method Status                Protocol',
  'GigabitEthernet0/0     10.1.1.1        YES manual up                    up',
].join('\n');

const withExhibits = (exhibits: unknown) =>
  questionSchema.safeParse({
    id: 'q-exhibit',
    type: 'single',
    stem: 'Which interface is up?',
    exhibits,
    options: [
      { id: 'a', text: 'Gi0/0' },
      { id: 'b', text: 'Gi0/1' },
    ],
    answer: 'a',
    explanation: 'Both status columns say up.',
  });

const question = withExhibits([
  { title: 'R1 interfaces', kind: 'cli', text: `${cli}\n\n` },
  { title: 'Addressing plan', kind: 'markdown', text: '| Host | Address |\n|---|---|\n| PC1 | 10.1.1.10 |\n\n<script>alert(1)</script>' },
]);

describe('exhibits', () => {
  it('are validated: a title, cli or markdown, a non-blank text, at most 4; none on a generated entry', () => {
    expect(question.success).toBe(true);
    if (!question.success) return;
    expect(question.data.exhibits![0].text).toBe(cli);
    const problems = (input: unknown) => {
      const result = withExhibits(input);
      return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(problems([{ title: '', kind: 'pcap', text: '  \n' }])).toEqual([
      'exhibits.0.title: is required',
      'exhibits.0.kind: use cli or markdown',
      'exhibits.0.text: is required',
    ]);
    expect(problems(Array.from({ length: 5 }, () => ({ title: 'T', kind: 'cli', text: 'x' })))).toEqual(['exhibits: at most 4 exhibits']);
    expect(problems([{ title: 'T', kind: 'cli', text: 'x', colour: 'red' }])).toEqual([expect.stringMatching(/^exhibits\.0: /)]);
    const generated = questionSchema.safeParse({ id: 'g', type: 'generated', generator: 'ipv6', exhibits: [{ title: 'T', kind: 'cli', text: 'x' }] });
    expect(generated.success).toBe(false);
  });

  it('render CLI output verbatim in a code block, and Markdown sanitized like every question text', async () => {
    if (!question.success) throw new Error('invalid fixture');
    const html = await renderQuestion(question.data);
    expect(html['exhibit:0']).toContain('Interface              IP-Address      OK? Method Status');
    expect(html['exhibit:0']).toMatch(/<pre[^>]*><code[^>]*>R1#show ip interface brief\n/);
    expect(html['exhibit:1']).toContain('<table>');
    expect(html['exhibit:1']).not.toContain('<script');
    const presented = presentQuestion(question.data, html, newPresentation(question.data));
    expect(presented.exhibits).toEqual([
      { title: 'R1 interfaces', kind: 'cli', html: html['exhibit:0'] },
      { title: 'Addressing plan', kind: 'markdown', html: html['exhibit:1'] },
    ]);
  });

  it('a CLI block cannot be closed early by backticks in the output', async () => {
    const tricky = withExhibits([{ title: 'T', kind: 'cli', text: 'before\n```\n<b>after</b>' }]);
    if (!tricky.success) throw new Error('invalid fixture');
    const html = (await renderQuestion(tricky.data))['exhibit:0'];
    expect(html).toContain('```\n&#x3C;b>after&#x3C;/b>');
  });

  it('are written to the YAML bank and read back unchanged, leading spaces included', () => {
    if (!question.success) throw new Error('invalid fixture');
    const indented = questionSchema.parse({ ...question.data, exhibits: [{ title: 'Columns', kind: 'cli', text: '   Gi0/0  up\n   Gi0/1  down' }] });
    for (const q of [question.data, indented]) {
      const yaml = questionFileYaml({ lesson: 'lesson-x', questions: [q] });
      expect(questionFileSchema.parse(parse(yaml)).questions[0]).toEqual(q);
    }
  });

  it('GIFT lists them as lost; Moodle XML keeps them for Netprep, lists them as lost for Moodle, and reads them back', () => {
    if (!question.success) throw new Error('invalid fixture');
    expect(exportGift([question.data]).lost).toEqual([{ id: 'q-exhibit', feature: 'exhibits', reason: '2 exhibits not written: GIFT has no place for them' }]);
    const { xml, lost } = exportMoodleXml([{ questions: [question.data] }]);
    expect(lost).toEqual([
      { id: 'q-exhibit', feature: 'exhibits', reason: '2 exhibits kept only in the <netprep> element: Moodle shows the question without them' },
    ]);
    const back = importMoodleXml(xml, { file: 'bank.xml' });
    expect(back.questions.map((q) => q.question.exhibits)).toEqual([question.data.exhibits]);
  });
});
