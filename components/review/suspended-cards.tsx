'use client';

import Link from 'next/link';
import { useState } from 'react';
import { FormStatus } from '@/components/ui/form-status';
import { SuspendedCardRow, type SuspendedCard } from './suspended-card-row';
import { leechLapses } from '@/lib/srs/leech';

const link = 'font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 dark:text-brand-100';

/** Cards taken out of reviews (leeches), each with where to study it and a way back into the deck. */
export function SuspendedCards({ cards }: { cards: SuspendedCard[] }) {
  // Kept here, not in the row: the restored row leaves the list, and its message must stay.
  const [restored, setRestored] = useState<string | null>(null);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Suspended cards</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        These cards are left out of your reviews. Study the lesson section, then restore a card to review it again.{' '}
        <Link href="/review" className={link}>
          Back to Review
        </Link>
      </p>
      <div className="mt-4">
        <FormStatus message={restored} tone="success" />
      </div>
      {cards.length === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed border-slate-300 p-4 text-slate-700 sm:p-6 dark:border-slate-700 dark:text-slate-300">
          No suspended cards. Cards are suspended automatically after {leechLapses} lapses (leeches): when you keep forgetting a question, drilling it again
          helps less than going back to the lesson.
        </p>
      ) : (
        <ul className="mt-4 space-y-3">
          {cards.map((card) => (
            <SuspendedCardRow key={card.id} card={card} onRestored={() => setRestored('Card restored; it is back in your reviews.')} />
          ))}
        </ul>
      )}
    </div>
  );
}
