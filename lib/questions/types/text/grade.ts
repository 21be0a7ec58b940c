import type { TextQuestion, TextResponse } from './schema';
import { allOrNothing, type GradeResult } from '../grade-result';

/**
 * NFKC (so full-width and compatibility forms compare equal), lowercase (`toLowerCase` is
 * locale-independent, unlike `toLocaleLowerCase`), whitespace runs collapsed to one space and
 * trimmed, then one trailing period dropped.
 */
function basicForm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/\.$/, '').trimEnd();
}

/** Letters and digits only: "VNet" → "vnet", "docker0-bridge" → "docker0bridge". */
const alnum = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether `short` abbreviates `long`: it starts with the first letter of `long` and its other
 * letters follow in order ("rto" for "recovery time objective", "vnet" for "virtual network",
 * "sfc" for "service function chain"). "psk" does not abbreviate "wpa2", so "WPA2 (PSK)" keeps
 * its parenthesis.
 */
function abbreviates(short: string, long: string): boolean {
  const letters = alnum(short);
  const target = alnum(long);
  if (letters.length < 2 || letters.length >= target.length || letters[0] !== target[0]) return false;
  let at = 1;
  for (const letter of letters.slice(1)) {
    at = target.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * A trailing parenthesis that only restates the words before it is dropped: an acronym after the
 * term ("recovery time objective (RTO)") or the term after its acronym ("RTO (recovery time
 * objective)"). Any other parenthesis is kept as words, brackets removed.
 */
function withoutRestatement(text: string): string {
  const match = /^(.*?\S)\s*[([{]\s*([^()[\]{}]+?)\s*[)\]}]$/u.exec(text);
  if (!match) return text;
  const [, before, inside] = match;
  const single = (words: string) => !/\s/.test(words);
  if ((single(inside) && abbreviates(inside, before)) || (single(before) && abbreviates(before, inside))) return before;
  return text;
}

/** A hyphen with a letter on one side joins words ("VM-kernel", "docker0-bridge"); between digits it is a range or a sign, and stays. */
const wordHyphen = /(?<=\p{L})-(?=[\p{L}\p{N}])|(?<=\p{N})-(?=\p{L})/gu;

/** The answer with brackets and restating parentheses gone, hyphens between words kept for the two forms below. */
function bracketFree(text: string): string {
  return withoutRestatement(basicForm(text))
    .replace(/[()[\]{}]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The answer as grading compares it and item analysis counts it: word hyphens read as spaces
 * ("docker0-bridge" is "docker0 bridge"), brackets and restating parentheses ignored.
 */
export function normalizeText(text: string): string {
  return bracketFree(text).replace(wordHyphen, ' ');
}

/** The same with word hyphens closed up instead ("VM-kernel" is "vmkernel"). */
function joinedForm(text: string): string {
  return bracketFree(text).replace(wordHyphen, '');
}

/**
 * Correct when the response equals an accepted answer with hyphens between words read either as
 * spaces or as nothing. Spaces themselves are never dropped: "showiproute" is not "show ip route",
 * and "VM kernel" matches "VMkernel" only when the bank lists it.
 */
export function gradeText(question: TextQuestion, response: TextResponse): GradeResult {
  const spaced = normalizeText(response.text);
  const joined = joinedForm(response.text);
  // An accepted answer of "." normalizes to "" too; an empty response is never an answer.
  if (spaced === '') return allOrNothing(false);
  return allOrNothing(question.accept.some((accepted) => normalizeText(accepted) === spaced || joinedForm(accepted) === joined));
}
