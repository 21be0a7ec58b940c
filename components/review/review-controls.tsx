import { Button } from '@/components/ui/button';
import { ratingNames } from './ratings';
import { keyHelp, spokenInterval } from './review-text';
import type { ReviewSessionState } from './use-review-session';

/**
 * The buttons under the card: Show answer, then one per rating (Again and Hard when wrong, Again
 * the default); Undo. They stick to the bottom of the screen, so a long card never pushes them
 * out of reach.
 */
export function ReviewControls({ session }: { session: ReviewSessionState }) {
  const { phase } = session;
  return (
    <div
      data-testid="review-controls"
      className="sticky bottom-0 z-10 -mx-4 mt-6 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-b-lg sm:px-0 dark:border-slate-800 dark:bg-slate-950/95"
    >
      <div className="flex flex-wrap items-start gap-3">
        {session.gone ? (
          <Button onClick={session.skip} aria-keyshortcuts="Space Enter">
            Skip this card
          </Button>
        ) : phase.name === 'answer' ? (
          <Button onClick={session.reveal} disabled={!session.value || session.busy} aria-keyshortcuts="Space Enter">
            {session.checking ? 'Checking…' : 'Show answer'}
          </Button>
        ) : (
          <div role="group" aria-label="Rate this card" className="grid flex-1 grid-cols-2 gap-2 sm:grid-cols-4">
            {phase.checked.previews.map(({ rating, interval }) => {
              const primary = phase.checked.correct ? rating === 3 : rating === 1;
              return (
                <Button
                  key={rating}
                  variant={primary ? 'primary' : 'secondary'}
                  className="min-h-11"
                  onClick={() => session.rate(rating)}
                  disabled={session.busy}
                  aria-keyshortcuts={primary ? `${rating} Space Enter` : String(rating)}
                  data-default-rating={primary || undefined}
                >
                  {ratingNames[rating]} · <span aria-hidden="true">{interval}</span>
                  <span className="sr-only">{spokenInterval(interval)}</span>
                </Button>
              );
            })}
          </div>
        )}
        {session.canUndo && (
          <Button variant="secondary" className="ml-auto" onClick={session.undo} disabled={session.busy} aria-keyshortcuts="U">
            Undo
          </Button>
        )}
      </div>
      <p className="mt-2 hidden text-xs text-slate-500 sm:block dark:text-slate-400">
        <span aria-hidden="true">⌨ </span>
        {keyHelp(session)}
      </p>
    </div>
  );
}
