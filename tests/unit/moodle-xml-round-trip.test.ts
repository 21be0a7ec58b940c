import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../lib/content/sync';
import { exportMoodleXml } from '../../lib/questions/formats/moodle-xml/moodle-xml-export';
import { importMoodleXml } from '../../lib/questions/formats/moodle-xml/moodle-xml-import';
import { questionSchema, questionTypes, type Question } from '../../lib/questions/schema';

const specials = 'All of ~ = # { } : -> \\ [ ] ]]> and <b>bold</b> &amp; & < > "quotes" \'single\', *stars*, _under_, `code`, ünïcödé 🚀 中文';
const q = (input: object) => questionSchema.parse({ explanation: `Why: ${specials}`, tags: ['special-chars'], section: 'a-section', ...input });

/** Every type, with special characters in every text Moodle XML carries. */
const synthetic: Question[] = [
  q({
    id: 'sp-single',
    type: 'single',
    difficulty: 'hard',
    stem: `Which? ${specials}\n\n- a list\n- item\n\n\`\`\`\nshow ip route ]]> {x}\n\`\`\`\n\n<div>html <em>block</em></div>`,
    options: [
      { id: 'x1', text: `A ${specials}`, feedback: `Because ${specials}` },
      { id: 'x2', text: '%50% not a weight', pinned: true },
      { id: 'x3', text: '[a link](https://example.com/a=b)' },
    ],
    answer: 'x2',
    objectives: { ccna: ['1.1'] },
  }),
  q({
    id: 'sp-multiple',
    type: 'multiple',
    stem: 'Choose two -> ]]>',
    options: [
      { id: 'a', text: 'One = 1', feedback: 'yes ~' },
      { id: 'b', text: 'Two # 2' },
      { id: 'c', text: 'Wrong { }' },
      { id: 'd', text: 'Also wrong \\' },
    ],
    answer: ['b', 'a'],
  }),
  q({ id: 'sp-all-pinned', type: 'single', stem: 'Pinned', options: ['x', 'y'].map((id) => ({ id, text: id.toUpperCase(), pinned: true })), answer: 'y' }),
  q({ id: 'sp-true', type: 'truefalse', stem: `True? ${specials}`, answer: true }),
  q({ id: 'sp-false', type: 'truefalse', stem: 'False?', answer: false, tags: [] }),
  q({ id: 'sp-text', type: 'text', stem: 'Type it', accept: ['Spanning Tree', 'a*b', 'a\\*b', '{x} -> ]]> ü'] }),
  q({ id: 'sp-numeric', type: 'numeric', stem: 'Delay?', answer: { value: -2.5, tolerance: 0.25 }, unit: 'ms <b>' }),
  q({ id: 'sp-numeric-tiny', type: 'numeric', stem: 'Tiny?', answer: { value: 1e-7, tolerance: 0 } }),
  q({ id: 'sp-numeric-range', type: 'numeric', stem: 'Range?', answer: { min: 0.1, max: 0.3 } }),
  q({
    id: 'sp-matching',
    type: 'matching',
    stem: 'Match ]]>',
    prompts: [
      { id: 'ssh', text: 'SSH = secure *really*', match: 'p22' },
      { id: 'sftp', text: 'SFTP -> ftp', match: 'p22' },
      { id: 'telnet', text: '[Telnet](https://example.com)', match: 'p23' },
    ],
    choices: [
      { id: 'p80', text: '80 {http} ]]>' },
      { id: 'p22', text: '22: `ssh`' },
      { id: 'p23', text: '23 #telnet' },
    ],
  }),
  q({ id: 'sp-ordering', type: 'ordering', stem: 'Order ~', items: ['POST ]]>', 'boot *loader*', 'IOS ü'].map((text, i) => ({ id: `s${i}`, text })) }),
];

function roundTrip(questions: Question[]) {
  const { xml } = exportMoodleXml([{ category: '$course$/top/Netprep/some-lesson', questions }]);
  expect(XMLValidator.validate(xml)).toBe(true);
  return { xml, result: importMoodleXml(xml, { file: 'export.xml' }) };
}

describe('Moodle XML round trip', () => {
  it('gives back the shipped bank exactly, every type included', async () => {
    const checked = await checkContent(path.resolve('content'));
    const bank = checked.questions.map((entry) => entry.question);
    expect(new Set(bank.map((question) => question.type))).toEqual(new Set(questionTypes));
    const { result } = roundTrip(bank);
    expect(result.problems).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.losses).toEqual([]);
    expect(result.questions.map((entry) => entry.question)).toEqual(bank);
    // Checking the whole course takes a while on a busy machine.
  }, 180_000);

  it('gives back a synthetic bank full of special characters exactly', () => {
    const { xml, result } = roundTrip(synthetic);
    expect(result.problems).toEqual([]);
    expect(result.losses).toEqual([]);
    expect(result.questions.map((entry) => entry.question)).toEqual(synthetic);
    // "]]>" cannot stand inside CDATA: it is split across two sections.
    expect(xml).toContain(']]]]><![CDATA[>');
  });

  it('writes the elements Moodle reads: name, questiontext with a format, fractions, generalfeedback, tags, category', () => {
    const { xml } = exportMoodleXml([{ category: '$course$/top/Netprep/lesson-x', questions: [synthetic[1]] }]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<quiz>/);
    expect(xml).toContain('<question type="category">');
    expect(xml).toContain('<text><![CDATA[$course$/top/Netprep/lesson-x]]></text>');
    expect(xml).toContain('<question type="multichoice">');
    expect(xml).toContain('<questiontext format="markdown">');
    expect(xml).toContain('<single>false</single>');
    expect(xml).toContain('<answer fraction="50" format="markdown">');
    expect(xml).toContain('<answer fraction="-50" format="markdown">');
    expect(xml).toContain('<generalfeedback format="markdown">');
    expect(xml).toContain('<tag>');
  });

  it('writes a generated entry as frozen variants that read back as the one entry', async () => {
    const checked = await checkContent(path.resolve('content'));
    const entry = checked.questions.find((loaded) => loaded.question.type === 'generated')!.question;
    const { xml, frozen } = exportMoodleXml([{ questions: [entry] }], { variants: 3 });
    expect(frozen).toEqual([{ id: entry.id, variants: 3 }]);
    expect(xml.match(/<question type="/g)).toHaveLength(3);
    expect(xml).toContain(`<idnumber>${entry.id}-v2</idnumber>`);
    expect(importMoodleXml(xml, { file: 'x.xml' }).questions.map((loaded) => loaded.question)).toEqual([entry]);
  }, 180_000);
});
