import { describe, expect, it } from 'vitest';
import { importAiken } from '@/lib/questions/formats/aiken-import';
import { exportGift } from '@/lib/questions/formats/gift-export';
import { importGift } from '@/lib/questions/formats/gift-import';
import { parseImport } from '@/lib/questions/parse-import';
import { renderQuestion } from '@/lib/questions/render-question';
import { questionSchema, type Question } from '@/lib/questions/schema';
import { gradeMultiple } from '@/lib/questions/types/multiple/grade';
import { questionModule } from '@/lib/questions/types/registry';

// Cases where Moodle's GIFT and Aiken importers read a file differently from ours (issue 17),
// each with what Moodle makes of it.
const gift = (text: string) => importGift(text, { file: 'moodle.gift' });
const only = (text: string) => {
  const result = gift(text);
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(result.questions).toHaveLength(1);
  return { question: result.questions[0].question, losses: result.losses };
};
const html = async (question: Question) => renderQuestion(question);

describe('GIFT as Moodle reads it', () => {
  it('reads a numeric answer followed by a catch-all wrong answer as the number ± tolerance, listing the feedback it drops', () => {
    const { question, losses } = only('::n::What is 3? {#3:2 ~#Completely wrong}');
    expect(question).toMatchObject({ type: 'numeric', answer: { value: 3, tolerance: 2 } });
    expect(losses).toEqual([{ line: 1, title: 'n', feature: 'feedback for any other answer', reason: 'a numeric question has no per-answer feedback' }]);
  });

  it('reads several numeric answers with partial credit, keeping the 100% one and listing the other', () => {
    const { question, losses } = only('::n::What is 3? {# =%100%3:0 =%50%3:1}');
    expect(question).toMatchObject({ type: 'numeric', answer: { value: 3, tolerance: 0 } });
    expect(losses.map((loss) => loss.feature)).toEqual(['1 other numerical answer(s) (50%)']);
  });

  it('reads "->" in ordinary options as multiple choice: only a question whose every answer has "->" is matching', () => {
    const { question } = only('::r::Which route? {=R1 -> R2 ~R2 -> R1}');
    expect(question).toMatchObject({ type: 'single', answer: 'a', options: [{ text: 'R1 -> R2' }, { text: 'R2 -> R1' }] });
    expect(only('::m::Match. {=R1 -> R2 =R3 -> R4}').question.type).toBe('matching');
  });

  it('escapes "->" on export, so export then import never changes a question’s type', () => {
    const base = { explanation: 'Why.', tags: [] };
    const bank = [
      questionSchema.parse({
        ...base,
        id: 'path',
        type: 'single',
        stem: 'Path?',
        options: [
          { id: 'a', text: 'R1->R2->R3' },
          { id: 'b', text: 'R3' },
        ],
        answer: 'a',
      }),
      questionSchema.parse({ ...base, id: 'typed', type: 'text', stem: 'Path?', accept: ['R1->R2', 'R1 -> R2'] }),
      questionSchema.parse({ ...base, id: 'one', type: 'text', stem: 'Path?', accept: ['a->b'] }),
    ];
    const exported = exportGift(bank).gift;
    expect(exported).toContain('=R1-\\>R2-\\>R3');
    const back = gift(exported);
    expect(back.problems).toEqual([]);
    expect(back.questions.map((entry) => entry.question)).toEqual(bank);
  });

  it('leaves the text around a fill-in-the-blank as written', async () => {
    const { question } = only('Two plus two equals {=four}.');
    expect((await html(question)).stem).toBe('Two plus two equals _____.');
    expect((await html(only('{=Paris} is the capital of France.').question)).stem).toBe('_____ is the capital of France.');
    expect((await html(only('The capital is{=Paris}, of course.').question)).stem).toBe('The capital is_____, of course.');
  });

  it('renders [html] questions (what Moodle’s editor writes) sanitized', async () => {
    const { question } = only('[html]<p>Which <b>layer</b> is IP on?<script>x()</script></p>{=<i>Network</i> ~Transport}');
    const rendered = await html(question);
    expect(rendered.stem).toBe('Which <b>layer</b> is IP on?');
    expect(rendered['option:a']).toBe('<i>Network</i>');
  });

  it('reads text with no [format] as plain text: *, #, + and \\ stay literal; only [markdown] is Markdown', async () => {
    const choices = await html(only('Pick a symbol. {=* ~+ ~- ~\\\\}').question);
    expect(['a', 'b', 'c', 'd'].map((id) => choices[`option:${id}`])).toEqual(['*', '+', '-', '\\']);
    expect((await html(only('\\# Not a heading {T}').question)).stem).toBe('# Not a heading');
    expect((await html(only('Is 2*3*4 24? {T}').question)).stem).toBe('Is 2*3*4 24?');
    expect((await html(only('[markdown]Is **this** bold? {T}').question)).stem).toBe('Is <strong>this</strong> bold?');
    expect((await html(only('[plain]---\n1. not a list {T}').question)).stem).toBe('--- 1. not a list');
  });

  it('gives untitled questions with the same stem distinct ids, the same on every import', () => {
    const text = 'Which port? {=22 ~23}\n\nWhich port? {=80 ~443}\n\nWhich port? {=80 ~443}';
    const ids = gift(text).questions.map((entry) => entry.question.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe(gift('Which port? {=22 ~23}').questions[0].question.id);
    expect(gift(text).questions.map((entry) => entry.question.id)).toEqual(ids);
    expect(ids[2]).toBe(`${ids[1]}-2`);
  });

  it('reads an escaped ] inside a tag', () => {
    expect(only('// [tag:t\\]ag] [tag:plain]\n::t::Tagged? {T}').question.tags).toEqual(['t-ag', 'plain']);
  });

  it('keeps partial credit on a multiple-answer question: practice grades by it, exams stay all-or-nothing', () => {
    const { question, losses } = only('::p::Which are private ranges? {~%50%10.0.0.0/8 ~%50%192.168.0.0/16 ~%-25%8.8.8.0/24 ~%0%1.1.1.0/24}');
    expect(losses).toEqual([]);
    if (question.type !== 'multiple') throw new Error('expected multiple');
    expect(question.answer).toEqual(['a', 'b']);
    expect(question.options.map((o) => o.credit)).toEqual([50, 50, -25, 0]);
    expect(gradeMultiple(question, { type: 'multiple', choices: ['a', 'c'] })).toMatchObject({ correct: false, score: 0, partial: 0.25 });
    expect(gradeMultiple(question, { type: 'multiple', choices: ['a', 'd'] })).toMatchObject({ score: 0, partial: 0.5 });
    expect(gradeMultiple(question, { type: 'multiple', choices: ['a', 'b'] })).toMatchObject({ correct: true, score: 1, partial: 1 });
    const [back] = gift(exportGift([question]).gift).questions;
    expect(back.question).toEqual(question);
  });

  it('refuses option credits that disagree with the answer or do not make 100 %', () => {
    const result = parseImport('::p::Pick. {~%50%a ~%30%b ~%-100%c ####Why.}', 'gift', 'moodle.gift');
    expect(result.problems.map((p) => p.message)).toEqual(['the credits of the correct options add up to 80 %, not 100 %']);
  });

  it('keeps a multiple-answer question with a single correct option multiple-answer', () => {
    expect(only('::s::Pick. {~%100%a ~%-50%b ~%-50%c}').question).toMatchObject({ type: 'multiple', answer: ['a'] });
  });

  it('keeps per-answer feedback on choices and true/false feedback, shown for the learner’s answer', async () => {
    const { question, losses } = only('::tf::The sky is green. {F#Look up.#Right, it is blue.}');
    expect(losses).toEqual([]);
    expect(question).toMatchObject({ type: 'truefalse', answer: false, feedback: { true: 'Look up.', false: 'Right, it is blue.' } });
    const rendered = await html(question);
    const picked = questionModule(question).presentation.picked!({ type: 'truefalse', value: true });
    expect(picked.map((id) => rendered[`feedback:${id}`])).toEqual(['Look up.']);
    expect(gift(exportGift([question]).gift).questions[0].question).toEqual(question);
    expect(only('::c::Pick. {=a#Yes. ~b#No.}').question).toMatchObject({ options: [{ feedback: 'Yes.' }, { feedback: 'No.' }] });
  });
});

describe('Aiken as Moodle reads it', () => {
  it('accepts "A)Text" with no space after the letter', () => {
    const result = importAiken('Which layer?\nA)Network\nB)Transport\nANSWER: A', { file: 'x.txt' });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.questions[0].question).toMatchObject({ options: [{ text: 'Network' }, { text: 'Transport' }], answer: 'a' });
  });

  it('shows option text "---" as text, not a horizontal rule', async () => {
    const result = importAiken('Which is a dash run?\nA. ---\nB. ===\nC. + plus\nANSWER: A', { file: 'x.txt' });
    const rendered = await html(result.questions[0].question);
    expect([rendered['option:a'], rendered['option:b'], rendered['option:c']]).toEqual(['---', '===', '+ plus']);
  });
});
