import { createHash } from 'node:crypto';
import { newPresentation, type Presentation } from '../questions/present';
import type { Question } from '../questions/schema';
import { shownQuestion } from '../questions/shown-question';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * The variant a generated card is shown as in this review, from the card's server-only `showSalt`:
 * stable while the card is shown, fresh after each review (the salt is renewed), and written on
 * the review log so the answered variant can be reproduced. Null for a fixed question.
 */
export function reviewSeed(showSalt: string, entry: Question): number | null {
  return entry.type === 'generated' ? digest(`${showSalt}:variant`).readUInt32BE(0) >>> 1 : null;
}

/**
 * How a card is shown for one review, derived from the card's random server-only `showSalt`
 * (renewed at every review) rather than stored: the answer comes back in the same tokens without
 * a table of pending reviews, and the next review of the card gets a new order and new tokens.
 * A generated card is presented as its variant (reviewSeed).
 */
export function reviewPresentation(showSalt: string, entry: Question): Presentation {
  const seed = digest(showSalt);
  let index = 0;
  const random = () => seed.readUInt32BE((index++ * 4) % 28) / 4294967296;
  return { ...newPresentation(shownQuestion(entry, reviewSeed(showSalt, entry)), random), salt: showSalt };
}
