import { deviceDateSettings, formatDate } from '@/lib/format/dates';

export type SaveState =
  | { kind: 'clean' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at?: string }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string };

/** Where the draft stands, announced politely; conflicts and failures as alerts. */
export function SaveIndicator({ state }: { state: SaveState }) {
  if (state.kind === 'error' || state.kind === 'conflict') {
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-400">
        {state.message}
      </p>
    );
  }
  const label = {
    clean: 'No unsaved changes',
    dirty: 'Unsaved changes',
    saving: 'Saving draft…',
    saved: `Draft saved${state.kind === 'saved' && state.at ? ` at ${formatDate(state.at, 'time', deviceDateSettings())}` : ''}`,
  }[state.kind];
  return (
    <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
      {label}
    </p>
  );
}
