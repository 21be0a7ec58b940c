import type { Category, GIFTQuestion } from 'gift-pegjs';
import type { GiftBase, GiftLoss, GiftReader } from '../types/module';
import { questionModules } from '../types/registry';
import type { QuestionDraft } from './question-draft';

export type GiftQuestion = Exclude<GIFTQuestion, Category>;
export type Mapped = { draft: QuestionDraft; losses: GiftLoss[] } | { skip: string };

const readers = Object.values(questionModules).flatMap((m): GiftReader[] => (m.gift.read ? [m.gift.read] : []));

const unreadable: Partial<Record<GiftQuestion['type'], string>> = {
  Essay: 'essay questions are graded by hand and have no native equivalent',
  Description: 'a description has no answer to grade and no native equivalent',
};

/**
 * One parsed GIFT question to a native draft, by the type module that reads its kind, or the
 * reason it has no native equivalent. The draft is validated afterwards (addDraft).
 */
export function mapGiftQuestion(node: GiftQuestion, base: GiftBase): Mapped {
  const reader = readers.find((r) => r.node === node.type);
  if (!reader) return { skip: unreadable[node.type] ?? `GIFT ${node.type} questions have no native equivalent` };
  // The reader was picked by node.type, so node is the kind it reads.
  return (reader.read as (node: GiftQuestion, base: GiftBase) => Mapped)(node, base);
}
