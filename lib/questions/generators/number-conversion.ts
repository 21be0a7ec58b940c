import { z } from 'zod';
import { askSchema, defineGenerator, type CheckResult } from './generator';
import { textQuestion, variantId } from './question';
import { seededRandom } from './random';

type Base = 'binary' | 'decimal' | 'hex';
const conversions = ['binary-to-decimal', 'decimal-to-binary', 'hex-to-decimal', 'decimal-to-hex', 'binary-to-hex', 'hex-to-binary'] as const;

/** An octet (IPv4) or a 16-bit group (IPv6). */
const params = z.strictObject({
  bits: z
    .array(z.union([z.literal(8), z.literal(16)]))
    .min(1)
    .default([8, 16]),
  ask: askSchema(conversions),
});

const format = (value: number, base: Base, bits: number) =>
  base === 'decimal'
    ? String(value)
    : base === 'hex'
      ? value
          .toString(16)
          .toUpperCase()
          .padStart(bits / 4, '0')
      : value
          .toString(2)
          .padStart(bits, '0')
          .replace(/(\d{4})(?=\d)/g, '$1 ');

/** `strip` removes the base's own markers only: in hex, "0b" is the number 11, not a binary prefix. */
const patterns: Record<Base, { pattern: RegExp; strip: RegExp; radix: number; message: string }> = {
  binary: { pattern: /^(?:0b)?[01]+$/i, strip: /^0b/i, radix: 2, message: 'not a binary number (use only 0 and 1)' },
  decimal: { pattern: /^\d+$/, strip: /^$/, radix: 10, message: 'not a decimal number (use only the digits 0–9)' },
  hex: { pattern: /^(?:0x)?[0-9a-f]+h?$/i, strip: /^0x|h$/gi, radix: 16, message: 'not a hexadecimal number (use 0–9 and A–F)' },
};

/** Leading zeros, spaces or underscores between digit groups, 0b/0x prefixes and case are all accepted. */
export function parseNumber(text: string, base: Base): { value: number } | { invalid: string } {
  const compact = text.trim().replace(/[\s_]/g, '');
  const { pattern, strip, radix, message } = patterns[base];
  if (!pattern.test(compact) || compact.length > 24) return { invalid: message };
  return { value: parseInt(compact.replace(strip, ''), radix) };
}

export const numberConversion = defineGenerator({
  params,
  generate({ bits: widths, ask: askable }, seed) {
    const random = seededRandom(seed);
    const ask = random.pick(askable);
    const bits = random.pick(widths);
    const [from, to] = ask.split('-to-') as [Base, Base];
    const value = random.int(0, 2 ** bits - 1);
    const answer = { decimal: value, binary: format(value, 'binary', bits), hex: format(value, 'hex', bits) };
    const shown = format(value, from, bits);
    const unit = bits === 8 ? 'octet' : '16-bit group';
    const stem = `Convert the ${unit} **${shown}** from ${from} to ${to}.`;
    const nibbles = answer.binary.split(' ');
    const weights = [...answer.binary.replace(/ /g, '')].flatMap((bit, i) => (bit === '1' ? [`2^${bits - 1 - i}`] : []));
    const explanation = [
      `Binary ${answer.binary}: each group of 4 bits is one hex digit (${nibbles.map((n) => `${n} = ${parseInt(n, 2).toString(16).toUpperCase()}`).join(', ')}), so hex **${answer.hex}**.`,
      `Decimal: add the place values of the 1 bits: ${weights.length ? `${weights.join(' + ')} = ` : ''}**${value}**.`,
    ].join('\n\n');
    const question = textQuestion(variantId('number-conversion', seed), stem, explanation, format(value, to, bits));
    return { seed, stem, given: { value: shown, from, to, bits }, answer, explanation, question };
  },
  answerText: ({ given, answer }) => String(answer[given.to as Base]),
  check(variant, text): CheckResult {
    const parsed = parseNumber(text, variant.given.to as Base);
    return 'invalid' in parsed ? parsed : { correct: parsed.value === variant.answer.decimal };
  },
});
