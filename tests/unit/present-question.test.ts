import { describe, expect, it } from 'vitest';
import { correctResponse, gradeResponse } from '../../lib/questions/grading';
import { newPresentation, presentQuestion, responseFromTokens, responseToTokens, tokenOf } from '../../lib/questions/present';
import type { Question } from '../../lib/questions/schema';

const html = new Proxy({}, { get: () => '<b>text</b>' }) as Record<string, string>;

/** mulberry32: a small seeded PRNG, so each case is reproducible. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const single: Question = {
  id: 'q-single',
  type: 'single',
  stem: 'S',
  explanation: 'E',
  difficulty: 'medium',
  tags: [],
  answer: 'b',
  options: [
    { id: 'a', text: 'A', pinned: false },
    { id: 'b', text: 'B', pinned: false },
    { id: 'c', text: 'C', pinned: false },
    { id: 'none', text: 'None of these', pinned: true },
  ],
};
const ordering: Question = {
  id: 'q-order',
  type: 'ordering',
  stem: 'S',
  explanation: 'E',
  difficulty: 'medium',
  tags: [],
  items: [
    { id: 'i1', text: '1' },
    { id: 'i2', text: '2' },
    { id: 'i3', text: '3' },
  ],
};
const matching: Question = {
  id: 'q-match',
  type: 'matching',
  stem: 'S',
  explanation: 'E',
  difficulty: 'medium',
  tags: [],
  prompts: [
    { id: 'p1', text: 'P1', match: 'c1' },
    { id: 'p2', text: 'P2', match: 'c2' },
  ],
  choices: [
    { id: 'c1', text: 'C1' },
    { id: 'c2', text: 'C2' },
    { id: 'c3', text: 'C3' },
  ],
};

describe('presenting a question to the browser', () => {
  it('keeps pinned options in place and shuffles the others', () => {
    const orders = new Set<string>();
    for (let seed = 1; seed < 40; seed++) {
      const order = newPresentation(single, seeded(seed)).order.options;
      expect(order[3]).toBe('none');
      expect([...order].sort()).toEqual(['a', 'b', 'c', 'none']);
      orders.add(order.join());
    }
    expect(orders.size).toBeGreaterThan(3);
  });

  it('never starts an ordering question already solved', () => {
    for (let seed = 1; seed < 200; seed++) expect(newPresentation(ordering, seeded(seed)).order.items).not.toEqual(['i1', 'i2', 'i3']);
  });

  it('sends opaque tokens, never the authors ids, answers or explanations', () => {
    const presentation = newPresentation(matching, seeded(7));
    const view = presentQuestion(matching, html, presentation);
    const text = JSON.stringify(view);
    for (const id of ['p1', 'p2', 'c1', 'c2', 'c3']) {
      expect(text).not.toContain(`"${id}"`);
      expect(view.prompts!.concat(view.choices!).map((e) => e.id)).toContain(tokenOf(presentation, id));
    }
    expect(text).not.toMatch(/"(explanation|match|answer|accept)"/);
    // Another presentation of the same question uses other tokens.
    expect(tokenOf(newPresentation(matching), 'c1')).not.toBe(tokenOf(presentation, 'c1'));
  });

  it('maps an answer given in tokens back to the question ids, so grading sees what the learner chose', () => {
    for (const question of [single, ordering, matching]) {
      const presentation = newPresentation(question, seeded(3));
      const inTokens = responseToTokens(presentation, correctResponse(question));
      expect(gradeResponse(question, responseFromTokens(question, presentation, inTokens)).correct).toBe(true);
    }
    const presentation = newPresentation(single, seeded(3));
    expect(responseFromTokens(single, presentation, { type: 'single', choice: 'b' })).toEqual({ type: 'single', choice: 'unknown' });
  });
});
