'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId } from 'react';
import { restoreCardAction } from '@/app/review/actions';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useAction } from '@/components/use-action';
import { htmlToText } from '@/components/quiz/html-text';

export type SuspendedCard = { id: string; lapses: number; leech: boolean; stemHtml: string; lessonTitle: string; href: string };

const link = 'font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 dark:text-brand-100';

export function SuspendedCardRow({ card, onRestored }: { card: SuspendedCard; onRestored: () => void }) {
  const router = useRouter();
  const restore = useAction(restoreCardAction);
  const stemId = useId();
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900/60">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {card.leech && (
          <span className="rounded-full bg-amber-100 px-2 py-0.5 font-semibold text-amber-950 dark:bg-amber-900/60 dark:text-amber-100">Leech</span>
        )}
        <span className="text-slate-600 dark:text-slate-400">{card.lapses === 1 ? '1 lapse' : `${card.lapses} lapses`}</span>
      </div>
      <p id={stemId} className="mt-2 line-clamp-3 [overflow-wrap:anywhere]">
        {htmlToText(card.stemHtml)}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Link href={card.href} className={link}>
          Study this in {card.lessonTitle}
        </Link>
        <Button
          variant="secondary"
          className="ml-auto"
          disabled={restore.pending}
          aria-describedby={stemId}
          onClick={() =>
            restore.run({ cardId: card.id }, () => {
              onRestored();
              router.refresh();
            })
          }
        >
          {restore.pending ? 'Restoring…' : 'Restore'}
        </Button>
      </div>
      {restore.error && <FormStatus message={restore.error} tone="error" />}
    </li>
  );
}
