import { fc } from '@fast-check/vitest';
import ipaddr from 'ipaddr.js';
import { expect } from 'vitest';
import type { Variant } from '@/lib/questions/generators/generator';
import { questionSchema, type Question } from '@/lib/questions/schema';

/** Every property runs on at least 2,000 seeds, as issue 14 asks. */
export const runs = { numRuns: 2000 };
export const seeds = fc.integer({ min: 0, max: 2 ** 32 - 1 });

/** Address math through ipaddr.js, the oracle the generators are checked against. */
export const v4 = (text: string) =>
  ipaddr.IPv4.parse(text)
    .toByteArray()
    .reduce((n, b) => n * 256 + b, 0);
export const v4Text = (n: number) => ipaddr.fromByteArray([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]).toString();
export const inCidr = (address: string, cidr: string) => ipaddr.IPv4.parse(address).match(ipaddr.IPv4.parseCIDR(cidr));

/** The concrete question is valid for today's schema and has exactly one right answer. */
export function expectUnambiguous(variant: Variant) {
  const question: Question = questionSchema.parse(variant.question);
  if (question.type === 'single' || question.type === 'multiple') {
    const texts = question.options.map((o) => o.text);
    expect(new Set(texts).size).toBe(texts.length);
  }
  if (question.type === 'single') expect(question.options.filter((o) => o.id === question.answer)).toHaveLength(1);
  if (question.type === 'multiple') expect(question.answer.length).toBeLessThan(question.options.length);
  if (question.type === 'matching') {
    const texts = question.choices.map((c) => c.text);
    expect(new Set(texts).size).toBe(texts.length);
    for (const p of question.prompts) expect(question.choices.some((c) => c.id === p.match)).toBe(true);
  }
  return question;
}

export const correctText = (question: Question) => {
  if (question.type === 'single') return question.options.find((o) => o.id === question.answer)!.text;
  if (question.type === 'text') return question.accept[0];
  throw new Error(`no single correct text for a ${question.type} question`);
};
