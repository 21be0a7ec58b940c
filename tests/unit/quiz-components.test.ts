import { describe, expect, it } from 'vitest';
import { markFor, questionButtonLabel, selectionStatus, setPair, togglePick } from '@/components/quiz/answer-state';
import { formatClock, thresholdMessage } from '@/components/quiz/clock';
import { htmlToText } from '@/components/quiz/html-text';
import { moveItem, resolveOrder } from '@/components/quiz/reorder';
import { isPlainKeyPress, isTypingTarget, optionKeyIndex, optionLetter, optionShortcutText, trueFalseKeyIndex } from '@/components/quiz/shortcuts';

describe('option shortcuts', () => {
  it('maps 1–9 and A–I (either case) to option positions', () => {
    expect(['1', '9', 'a', 'A', 'i', 'I'].map(optionKeyIndex)).toEqual([0, 8, 0, 0, 8, 8]);
  });

  it('ignores other keys', () => {
    expect(['0', 'j', 'J', 'Enter', ' ', 'F1', '10', 'ab'].map(optionKeyIndex)).toEqual(Array(8).fill(null));
  });

  it('maps T/1 to True and F/2 to False', () => {
    expect(['t', 'T', '1', 'f', 'F', '2', 'a', '3'].map(trueFalseKeyIndex)).toEqual([0, 0, 0, 1, 1, 1, null, null]);
  });

  it('letters options from A', () => {
    expect([0, 1, 8].map(optionLetter)).toEqual(['A', 'B', 'I']);
  });

  it('describes the keys for as many options as there are, up to nine', () => {
    expect(optionShortcutText(4, 'choose')).toBe('Press 1–4 or A–D to choose.');
    expect(optionShortcutText(12, 'choose')).toBe('Press 1–9 or A–I to choose.');
    expect(optionShortcutText(1, 'choose')).toBeNull();
  });

  it('does not fire while the learner types in a field', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('fires from choice controls and the page itself', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'CHECKBOX' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BODY', isContentEditable: false })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('only takes plain first presses', () => {
    const plain = { key: 'a', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, repeat: false, defaultPrevented: false };
    expect(isPlainKeyPress(plain)).toBe(true);
    for (const change of [{ ctrlKey: true }, { metaKey: true }, { altKey: true }, { shiftKey: true }, { repeat: true }, { defaultPrevented: true }]) {
      expect(isPlainKeyPress({ ...plain, ...change })).toBe(false);
    }
  });
});

describe('ordering', () => {
  it('moves an item up, down and to the ends', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 2, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('leaves the list alone for out-of-range moves, without mutating the input', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, -1)).toEqual(list);
    expect(moveItem(list, 2, 3)).toEqual(list);
    expect(moveItem(list, 1, 1)).toEqual(list);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('shows the presented order until the learner has one', () => {
    expect(resolveOrder(['c', 'a', 'b'], null)).toEqual(['c', 'a', 'b']);
    expect(resolveOrder(['c', 'a', 'b'], ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
  });

  it('drops unknown and repeated ids and appends missing ones', () => {
    expect(resolveOrder(['a', 'b', 'c'], ['b', 'x', 'b'])).toEqual(['b', 'a', 'c']);
  });
});

describe('answer state', () => {
  it('marks picks against the correct answer', () => {
    expect(markFor(true, true)).toBe('correct-picked');
    expect(markFor(false, true)).toBe('correct-missed');
    expect(markFor(true, false)).toBe('wrong-picked');
    expect(markFor(false, false)).toBeNull();
  });

  it('toggles picks in picking order', () => {
    expect(togglePick(['b'], 'a')).toEqual(['b', 'a']);
    expect(togglePick(['b', 'a'], 'b')).toEqual(['a']);
  });

  it('sets, replaces and clears a pair without touching the others', () => {
    const pairs = { p1: 'c1' };
    expect(setPair(pairs, 'p2', 'c1')).toEqual({ p1: 'c1', p2: 'c1' });
    expect(setPair(pairs, 'p1', 'c2')).toEqual({ p1: 'c2' });
    expect(setPair(pairs, 'p1', null)).toEqual({});
    expect(pairs).toEqual({ p1: 'c1' });
  });

  it('keeps a prompt token such as __proto__ an own key', () => {
    const pairs = setPair({}, '__proto__', 'c1');
    expect(Object.hasOwn(pairs, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(pairs)).toBe(Object.prototype);
  });

  it('counts selections and notes too many', () => {
    expect(selectionStatus(2, 2)).toEqual({ text: '2 of 2 selected', over: false });
    expect(selectionStatus(0, 3)).toEqual({ text: '0 of 3 selected', over: false });
    expect(selectionStatus(3, 2)).toEqual({ text: '3 selected – the question asks for 2', over: true });
    expect(selectionStatus(1, undefined)).toEqual({ text: '1 selected', over: false });
  });

  it('names navigator buttons with their state', () => {
    expect(questionButtonLabel({ position: 3, answered: true, flagged: true })).toBe('Question 3, answered, flagged');
    expect(questionButtonLabel({ position: 12, answered: false, flagged: false })).toBe('Question 12, not answered');
  });
});

describe('countdown', () => {
  it('formats mm:ss under an hour and h:mm:ss from an hour', () => {
    expect([0, 9, 65, 3599, 3600, 5405, 36000].map(formatClock)).toEqual(['00:00', '00:09', '01:05', '59:59', '1:00:00', '1:30:05', '10:00:00']);
  });

  it('shows negative time as zero', () => {
    expect(formatClock(-5)).toBe('00:00');
  });

  it('announces the tightest threshold reached', () => {
    expect([301, 300, 120, 61, 60, 0].map(thresholdMessage)).toEqual([
      null,
      '5 minutes left',
      '5 minutes left',
      '5 minutes left',
      '1 minute left',
      '1 minute left',
    ]);
  });
});

describe('htmlToText', () => {
  it('strips tags and collapses whitespace', () => {
    expect(htmlToText('Use <code>show ip   route</code>\n<strong>now</strong>')).toBe('Use show ip route now');
  });

  it('decodes named and numeric entities', () => {
    expect(htmlToText('a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#x27; &nbsp;e')).toBe('a <b> & "c" \'d\' e');
  });

  it('leaves unknown or invalid entities as written', () => {
    expect(htmlToText('&bogus; &#0; &#x110000;')).toBe('&bogus; &#0; &#x110000;');
  });
});
