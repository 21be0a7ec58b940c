import { ratingNames } from './ratings';
import type { ReviewSessionState } from './use-review-session';

const units: Record<string, string> = { m: 'minutes', h: 'hours', d: 'days', mo: 'months', y: 'years' };

/** "10m" → "10 minutes": screen readers would say "10 meters". */
export function spokenInterval(label: string): string {
  const match = /^([\d.]+)(mo|m|h|d|y)$/.exec(label);
  return match ? `${match[1]} ${units[match[2]]}` : label;
}

/** What the live region says about where the session is, for screen reader users. */
export function phaseAnnouncement(session: ReviewSessionState): string {
  const { card, phase } = session;
  if (!card) return 'Session complete.';
  if (session.gone) return 'This card cannot be reviewed any more; skip it.';
  if (phase.name === 'answer') return `Card ${session.index + 1} of ${session.cards.length}. Answer, then show the answer.`;
  const choices = phase.checked.previews.map((p) => `${ratingNames[p.rating]}, next in ${spokenInterval(p.interval)}`).join('; ');
  return phase.checked.correct ? `Rate how well you remembered it: ${choices}.` : `Not right. Rate it Again, or Hard if it was only a slip: ${choices}.`;
}

/** The keyboard help line for the current phase. */
export function keyHelp(session: ReviewSessionState): string {
  const undo = session.canUndo ? ' · U: undo last rating' : '';
  if (session.gone) return `Space or Enter: skip this card${undo}`;
  if (session.phase.name === 'answer') return `Space or Enter: show answer${undo}`;
  if (!session.phase.checked.correct) return `Space, Enter or 1: Again · 2: Hard (it was a slip)${undo}`;
  return `1 Again · 2 Hard · 3 Good · 4 Easy · Space or Enter: Good${undo}`;
}
