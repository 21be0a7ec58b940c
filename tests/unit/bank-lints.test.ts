import { describe, expect, it } from 'vitest';
import { bankLints, longestAnswerMargin } from '../../lib/questions/bank-lints';
import type { Question } from '../../lib/questions/schema';

const base = { difficulty: 'medium', stem: 'Which one?', explanation: 'Because.' } as const;
const single = (id: string, texts: string[], answer = 'a'): Question =>
  ({ ...base, id, type: 'single', answer, options: texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text })) }) as Question;
const truefalse = (id: string): Question => ({ ...base, id, type: 'truefalse', answer: true }) as Question;

describe('answer-length cue', () => {
  it('measures how far a right option outruns the wrong ones, only when it is the one longest', () => {
    expect(longestAnswerMargin(single('q', ['a longer right answer', 'short', 'shorter']) as never)).toBe(14);
    expect(longestAnswerMargin(single('q', ['tie tie', 'tie tie', 'x']) as never)).toBeNull();
    expect(longestAnswerMargin(single('q', ['right', 'the longest wrong one']) as never)).toBeNull();
  });

  it('warns when more than 35 % of choice questions have the longest right option, naming the worst first', () => {
    // 2 of 5 = 40 %: over the limit. True/false questions do not count either way.
    const bank = [
      single('q1', ['right and a little longer', 'wrong', 'wrong too']),
      single('q2', ['right, by far the longest option here', 'nope', 'no']),
      single('q3', ['yes', 'a longer wrong option']),
      single('q4', ['yes', 'a longer wrong option']),
      single('q5', ['yes', 'a longer wrong option']),
      truefalse('t1'),
    ];
    const [lint] = bankLints(bank);
    expect(lint.index).toBeNull();
    expect(lint.message).toMatch(/^the right option is the longest in 2 of 5 single\/multiple questions \(40 %/);
    expect(lint.message).toMatch(/worst: q2 \(\+33 characters\), q1 \(\+16 characters\)$/);
  });

  it('stays quiet at the limit, and for banks too small to show a habit', () => {
    const atLimit = [
      ...Array.from({ length: 13 }, (_, i) => single(`w${i}`, ['yes', 'a longer wrong option'])),
      ...Array.from({ length: 7 }, (_, i) => single(`r${i}`, ['the right and longest', 'no'])),
    ];
    expect(bankLints(atLimit)).toEqual([]); // 7 of 20 = 35 %
    expect(
      bankLints([single('a', ['the right and longest', 'no']), single('b', ['the right and longest', 'no']), single('c', ['the right and longest', 'no'])]),
    ).toEqual([]);
    expect(bankLints([])).toEqual([]);
  });
});

describe('absolute wording in wrong options', () => {
  it('flags a wrong option that an "always" or "never" gives away', () => {
    const lints = bankLints([single('q', ['Frames are forwarded by MAC address', 'Frames are always flooded', 'It never learns addresses'])]);
    expect(lints).toEqual([
      { index: 0, path: ['options', 1, 'text'], message: expect.stringMatching(/^option b says "always"/) },
      { index: 0, path: ['options', 2, 'text'], message: expect.stringMatching(/^option c says "never"/) },
    ]);
  });

  it('accepts the word when a right option uses one too, and does not match inside other words', () => {
    expect(bankLints([single('q', ['It always floods unknown unicast', 'It never floods'])])).toEqual([]);
    expect(bankLints([single('q', ['Right', 'A nevermore option', 'An alwaysOn setting'])])).toEqual([]);
    expect(bankLints([single('q', ['Right', 'The port has `power inline never` set'])])).toEqual([]);
  });
});
