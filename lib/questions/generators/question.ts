import type { Question } from '../schema';

/** Builders for the concrete question of a variant; option ids are letters, as authors write them. */
const letter = (i: number) => String.fromCharCode(97 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : '');
const base = (id: string, stem: string, explanation: string) => ({ id, stem, explanation, difficulty: 'medium' as const, tags: [] });
const options = (texts: string[]) => texts.map((text, i) => ({ id: letter(i), text, pinned: false }));

export const variantId = (generator: string, seed: number) => `${generator}-${seed}`;

export const textQuestion = (id: string, stem: string, explanation: string, accept: string): Question => ({
  ...base(id, stem, explanation),
  type: 'text',
  accept: [accept],
});

export const numericQuestion = (id: string, stem: string, explanation: string, value: number): Question => ({
  ...base(id, stem, explanation),
  type: 'numeric',
  answer: { value, tolerance: 0 },
});

export const singleQuestion = (id: string, stem: string, explanation: string, texts: string[], correct: number): Question => ({
  ...base(id, stem, explanation),
  type: 'single',
  options: options(texts),
  answer: letter(correct),
});

export const multipleQuestion = (id: string, stem: string, explanation: string, texts: string[], correct: number[]): Question => ({
  ...base(id, stem, explanation),
  type: 'multiple',
  options: options(texts),
  answer: correct.map(letter),
});

/** `prompts[i].match` is the index of its choice. */
export const matchingQuestion = (id: string, stem: string, explanation: string, prompts: { text: string; match: number }[], choices: string[]): Question => ({
  ...base(id, stem, explanation),
  type: 'matching',
  prompts: prompts.map((p, i) => ({ id: `p${i + 1}`, text: p.text, match: letter(p.match) })),
  choices: choices.map((text, i) => ({ id: letter(i), text })),
});

/** Answers typed as a list, one per prompt in the order shown: "permit, deny, deny". */
export const splitList = (text: string) => text.split(/[\s,;]+/).filter(Boolean);
