import { optionLetter } from './shortcuts';

/** Tells keyboard users about the option shortcuts; hidden on small (touch) screens where it is noise. */
export function ShortcutHint({ count, action }: { count: number; action: string }) {
  const keys = Math.min(count, 9);
  if (keys < 2) return null;
  return (
    <p className="mt-2 hidden text-xs text-slate-500 sm:block dark:text-slate-400">
      <span aria-hidden="true">⌨ </span>
      {`Press 1–${keys} or A–${optionLetter(keys - 1)} to ${action}.`}
    </p>
  );
}
