import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { parseParams } from '@/lib/questions/generators/generator';
import { generatorByName, generatorNames } from '@/lib/questions/generators/index';
import { sampleVariants } from '@/lib/questions/generators/sample-variants';
import { expectUnambiguous, seeds } from './property';

describe.each(generatorNames)('%s', (name) => {
  const generator = generatorByName(name);
  const params = parseParams(generator, {});

  test.prop([seeds], { numRuns: 2000 })('is deterministic, valid, unambiguous, and accepts its own answer', (seed) => {
    const variant = generator.generate(params, seed);
    expect(generator.check(variant, generator.answerText(variant))).toEqual({ correct: true });
    expect(generator.check(variant, `  ${generator.answerText(variant)}\n`)).toEqual({ correct: true });
    expect(generator.generate(params, seed)).toEqual(variant);
    expect(variant.seed).toBe(seed);
    expectUnambiguous(variant);
    expect(JSON.parse(JSON.stringify({ given: variant.given, answer: variant.answer }))).toEqual({ given: variant.given, answer: variant.answer });
  });

  test.prop([seeds, fc.string({ maxLength: 40 })], { numRuns: 500 })('check never throws and answers in one of its two shapes', (seed, text) => {
    const result = generator.check(generator.generate(params, seed), text);
    expect('correct' in result ? typeof result.correct : typeof result.invalid).toMatch(/boolean|string/);
  });

  it('gives malformed input a message', () => {
    const result = generator.check(generator.generate(params, 1), '%%%');
    expect(result).toEqual({ invalid: expect.stringMatching(/\w{4}/) });
  });

  it('rejects unknown params', () => {
    expect(() => parseParams(generator, { nonsense: 1 })).toThrow(AppError);
  });
});

describe('params validation', () => {
  it('names the field and the rule', () => {
    expect(() => parseParams(generatorByName('ipv4-subnet-facts'), { prefix: [30, 24] })).toThrow(
      'Invalid params: prefix: the first number must not exceed the second',
    );
    expect(() => parseParams(generatorByName('ipv4-subnet-facts'), { prefix: [4, 24] })).toThrow(/prefix\.0/);
    expect(() => parseParams(generatorByName('ipv4-subnet-facts'), { ask: [] })).toThrow('ask for at least one thing');
    expect(() => parseParams(generatorByName('ipv4-subnet-facts'), { ask: ['network', 'network'] })).toThrow('list each thing to ask once');
    expect(() => parseParams(generatorByName('ipv4-subnet-facts'), { ask: ['subnet'] })).toThrow(AppError);
  });

  it('fills defaults, like the issue example', () => {
    expect(parseParams(generatorByName('ipv4-subnet-facts'), { prefix: [24, 30], ask: ['network', 'broadcast'] })).toEqual({
      prefix: [24, 30],
      ask: ['network', 'broadcast'],
    });
    expect(parseParams(generatorByName('vlsm-allocation'), undefined)).toEqual({ block: [20, 24], lans: [3, 5] });
  });
});

describe('sampleVariants', () => {
  it('is reproducible with a seed and counts up from it', () => {
    const first = sampleVariants({ generator: 'ipv6', count: 3, seed: 41 });
    expect(first.map((v) => v.seed)).toEqual([41, 42, 43]);
    expect(sampleVariants({ generator: 'ipv6', count: 3, seed: 41 })).toEqual(first);
    expect(Object.keys(first[0])).toEqual(['seed', 'stem', 'given', 'answer']);
  });

  it('refuses an unknown generator, bad params and a bad seed with one line', () => {
    expect(() => sampleVariants({ generator: 'subnets', count: 1 })).toThrow(/^Unknown generator "subnets"; use one of: ipv4-subnet-facts/);
    expect(() => sampleVariants({ generator: 'ipv6', params: { ask: ['fold'] }, count: 1 })).toThrow(/^Invalid params: ask\.0/);
    expect(() => sampleVariants({ generator: 'ipv6', count: 1, seed: 2 ** 32 })).toThrow('The seed must be a whole number');
  });
});
