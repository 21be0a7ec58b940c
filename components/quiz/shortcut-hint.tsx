/** Tells keyboard users about the shortcuts; hidden on small (touch) screens where it is noise. */
export function ShortcutHint({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p className="mt-2 hidden text-xs text-slate-500 sm:block dark:text-slate-400">
      <span aria-hidden="true">⌨ </span>
      {text}
    </p>
  );
}
