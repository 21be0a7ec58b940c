'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TabList } from '@/components/ui/tab-list';
import type { PresentedExhibit } from '@/lib/questions/present';
import { isPlainKeyPress, isTypingTarget } from './shortcuts';
import { RichText } from './rich-text';

const shortcut = 'x';

/**
 * A question's exhibits, as the exam engines show them: behind a button next to the question,
 * opened in a side panel (the whole screen on a phone) with a tab per exhibit. X opens it from
 * anywhere on the question, Escape closes it, and focus returns to where it was.
 */
export function Exhibits({ exhibits, shortcutEnabled }: { exhibits: PresentedExhibit[]; shortcutEnabled: boolean }) {
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState('0');
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (open || !isPlainKeyPress(event) || event.key.toLowerCase() !== shortcut) return;
    if (isTypingTarget(event.target instanceof HTMLElement ? event.target : null)) return;
    event.preventDefault();
    setOpen(true);
  });
  useEffect(() => {
    if (!shortcutEnabled) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [shortcutEnabled]);

  const exhibit = exhibits[Number(shown)] ?? exhibits[0];
  const name = exhibits.length === 1 ? `Exhibit: ${exhibits[0].title}` : `Exhibits (${exhibits.length})`;
  return (
    <>
      <Button
        variant="secondary"
        className="mb-4 min-h-11"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-keyshortcuts={shortcutEnabled ? shortcut : undefined}
      >
        <span aria-hidden="true">▤</span>
        <span>{exhibits.length === 1 ? 'Show exhibit' : `Show exhibits (${exhibits.length})`}</span>
        {shortcutEnabled && <kbd className="hidden rounded border border-slate-300 px-1 text-xs sm:inline dark:border-slate-600">X</kbd>}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={name} placement="panel" containKeys>
        {exhibits.length > 1 && (
          <TabList
            label="Exhibits"
            className="mb-3 overflow-x-auto"
            tabs={exhibits.map((e, i) => ({ id: String(i), label: e.title }))}
            selected={shown}
            onSelect={setShown}
          />
        )}
        <section aria-label={exhibit.title} role={exhibits.length > 1 ? 'tabpanel' : undefined}>
          {exhibits.length > 1 && <h3 className="sr-only">{exhibit.title}</h3>}
          {/* Rendered and sanitized on the server (render-question.ts), like every question text. */}
          <RichText html={exhibit.html} variant="prose" className={exhibit.kind === 'cli' ? 'text-sm [&_pre]:text-[0.8rem]' : 'overflow-x-auto'} />
        </section>
      </Dialog>
    </>
  );
}
