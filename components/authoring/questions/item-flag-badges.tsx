import { itemFlagLabels } from '@/components/dashboard/instructor/item-flags';
import type { ItemFlag } from '@/lib/dashboard/item-analysis-flags';

const explanations: Record<ItemFlag, string> = {
  'too-hard': 'Fewer than one answer in five is right in your cohorts. Check the key and the wording, and whether the lesson teaches this.',
  'too-easy': 'Almost every answer is right, so it tells learners apart poorly. A more plausible distractor may help.',
  'negative-discrimination': 'Learners who do well on the rest of the exam do worse on this one: often a wrong key or a misleading option.',
};

/** Item-analysis warnings next to a question: an icon and words, not colour alone. */
export function ItemFlagBadges({ flags }: { flags: ItemFlag[] }) {
  return flags.map((flag) => (
    <span
      key={flag}
      title={explanations[flag]}
      className="inline-flex items-center gap-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-100"
    >
      <span aria-hidden="true">⚑</span>
      {itemFlagLabels[flag]}
    </span>
  ));
}

/** The editor's version: each flag with what it means, from the instructor dashboard's item analysis. */
export function ItemFlagNotice({ flags }: { flags: ItemFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <section aria-label="Item analysis" className="mb-6 rounded-lg border-l-4 border-amber-500 bg-amber-50 p-4 text-sm dark:bg-amber-950/40">
      <p className="font-semibold">Item analysis flags this question (answers from your cohorts)</p>
      <ul className="mt-2 space-y-1">
        {flags.map((flag) => (
          <li key={flag}>
            <span aria-hidden="true">⚑ </span>
            <strong>{itemFlagLabels[flag]}</strong>: {explanations[flag]}
          </li>
        ))}
      </ul>
    </section>
  );
}
