import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { importMoodleXml } from '../../lib/questions/formats/moodle-xml/moodle-xml-import';
import { moodleToMarkdown } from '../../lib/questions/formats/moodle-xml/moodle-text';
import { maxMoodleXmlQuestions } from '../../lib/questions/formats/moodle-xml/read-xml';
import { parseImport } from '../../lib/questions/parse-import';

const fixture = (name: string) => readFile(`tests/fixtures/questions/${name}`, 'utf8');
const quiz = (...questions: string[]) => `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${questions.join('\n')}\n</quiz>\n`;
const trueFalse = (name: string, extra = '') =>
  `<question type="truefalse"><name><text>${name}</text></name><questiontext format="markdown"><text>Is ${name} true?</text></questiontext>` +
  `<generalfeedback format="markdown"><text>Because.</text></generalfeedback><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>${extra}</question>`;
const read = (xml: string) => importMoodleXml(xml, { file: 'bank.xml' });

describe('importMoodleXml on a file as Moodle exports it', () => {
  it('reads every type it can, skips the rest with a reason, and lists each lost part per question', async () => {
    const expected = JSON.parse(await fixture('moodle.expected.json'));
    expect(read(await fixture('moodle.xml'))).toEqual({ ...expected, problems: expected.problems.map((p: object) => ({ ...p, file: 'bank.xml' })) });
  });

  it('is what questions:import and the upload read for --format moodle-xml', async () => {
    const text = await fixture('moodle.xml');
    expect(parseImport(text, 'moodle-xml', 'bank.xml')).toEqual(read(text));
  });
});

describe('Moodle text formats', () => {
  it('keeps Markdown, escapes plain text (breaks kept), and puts HTML in one block so Markdown never reads it', () => {
    expect(moodleToMarkdown('**bold** text', 'markdown')).toBe('**bold** text');
    // A line of dashes under text would make it a heading (setext), so it is escaped too.
    expect(moodleToMarkdown('2*3*4\n# not a heading\n---\n\\', 'plain_text')).toBe('2\\*3\\*4\\\n\\# not a heading\\\n\\---\\\n\\\\');
    expect(moodleToMarkdown('<p>a *b*</p>\n\n<p>c</p>', 'html')).toBe('<div>\n<p>a *b*</p>\n<p>c</p>\n</div>');
    expect(moodleToMarkdown('line one\nline <b>two</b>', 'moodle_auto_format')).toBe('<div>\nline one<br>\nline <b>two</b>\n</div>');
  });

  it('reads a text with no format attribute as moodle_auto_format, and reports an unknown format', () => {
    const result = read(
      quiz(
        `<question type="truefalse"><name><text>q</text></name><questiontext><text>a\nb</text></questiontext><generalfeedback format="wiki_like"><text>x</text></generalfeedback><answer fraction="100"><text>false</text></answer></question>`,
      ),
    );
    expect(result.questions[0].question).toMatchObject({ stem: '<div>\na<br>\nb\n</div>', answer: false });
    expect(result.losses).toEqual([{ line: 3, title: 'q', feature: 'text format', reason: 'format "wiki_like" is unknown; read as Moodle\'s auto-format' }]);
  });
});

describe('ids, tags and categories', () => {
  it('takes the idnumber, else the name, and gives a second question with the same name its own stable id', () => {
    const xml = quiz(trueFalse('Same name'), trueFalse('Same name').replace('Is Same', 'Really, is Same'), trueFalse('x', '<idnumber>my-id</idnumber>'));
    const ids = read(xml).questions.map((entry) => entry.question.id);
    expect(ids).toEqual(['same-name', expect.stringMatching(/^same-name-[0-9a-z]{7}$/), 'my-id']);
    expect(read(xml).questions.map((entry) => entry.question.id)).toEqual(ids);
  });

  it('turns <tags> and the last segment of the category into tags; "//" is an escaped slash', () => {
    const xml = quiz(
      '<question type="category"><category><text>$course$/top/Networking/TCP//IP</text></category></question>',
      trueFalse('a', '<tags><tag><text>Layer 4</text></tag></tags>'),
      '<question type="category"><category><text>$course$/top</text></category></question>',
      trueFalse('b'),
    );
    expect(read(xml).questions.map((entry) => entry.question.tags)).toEqual([['layer-4', 'tcp-ip'], []]);
  });
});

describe('bad input: an error naming the question, and no question from the file', () => {
  it('reports malformed XML with its line and the question it is in', () => {
    const result = read(quiz(trueFalse('fine'), trueFalse('broken').replace('</questiontext>', '</questiontexts>')));
    expect(result.questions).toEqual([]);
    expect(result.problems).toEqual([
      { file: 'bank.xml', line: 4, message: expect.stringMatching(/^malformed XML in question 2 "broken" \(column \d+\): /), severity: 'error' },
    ]);
  });

  it('refuses a question type it does not know, naming its index and name', () => {
    const result = read(quiz(trueFalse('a'), '<question type="hotspot"><name><text>Click it</text></name></question>'));
    expect(result.problems).toEqual([{ file: 'bank.xml', line: 4, message: 'question 2 "Click it": unknown question type "hotspot"', severity: 'error' }]);
  });

  it('names the question whose answers make no sense', () => {
    const result = read(
      quiz(
        '<question type="multichoice"><name><text>none right</text></name><questiontext><text>Q</text></questiontext><answer fraction="0"><text>a</text></answer></question>',
      ),
    );
    expect(result.problems[0]).toMatchObject({
      line: 3,
      message: 'question 1 "none right": no answer has a positive fraction, so none is correct',
      severity: 'error',
    });
  });

  it('refuses entity declarations, a root other than <quiz>, a file over 10 MB, and more questions than the limit', () => {
    expect(read('<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY a "aaaa">]>\n<quiz></quiz>').problems[0]).toMatchObject({
      line: 2,
      message: expect.stringContaining('entity'),
    });
    expect(read('<questions></questions>').problems[0].message).toContain('root element must be <quiz>');
    const huge = read(quiz(trueFalse('padding', `<!--${'x'.repeat(20_000_000)}-->`)));
    expect(huge.problems).toEqual([{ file: 'bank.xml', line: 1, message: expect.stringContaining('20.0 MB; at most 10 MB'), severity: 'error' }]);
    const many = Array.from({ length: 50_000 }, (_, i) => `<question type="truefalse"><name><text>q${i + 1}</text></name></question>`);
    const tooMany = read(quiz(...many));
    expect(tooMany.questions).toEqual([]);
    expect(tooMany.problems).toEqual([
      {
        file: 'bank.xml',
        line: maxMoodleXmlQuestions + 3,
        message: `question ${maxMoodleXmlQuestions + 1} "q${maxMoodleXmlQuestions + 1}" is past the limit of 20,000 questions per file; split the file`,
        severity: 'error',
      },
    ]);
  });
});
