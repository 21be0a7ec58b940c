import { createHash } from 'node:crypto';
import { newPresentation, type Presentation } from '../questions/present';
import type { Question } from '../questions/schema';

/**
 * How a card is shown for one review, derived from the card's random server-only `showSalt`
 * (renewed at every review) rather than stored: the answer comes back in the same tokens without
 * a table of pending reviews, and the next review of the card gets a new order and new tokens.
 */
export function reviewPresentation(showSalt: string, question: Question): Presentation {
  const seed = createHash('sha256').update(showSalt).digest();
  let index = 0;
  const random = () => seed.readUInt32BE((index++ * 4) % 28) / 4294967296;
  return { ...newPresentation(question, random), salt: showSalt };
}
