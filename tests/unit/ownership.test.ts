import { describe, expect, it } from 'vitest';
import {
  givenBackColumns,
  ownershipColumns,
  ownershipState,
  transition,
  type FileGoneTransition,
  type GiveBackTransition,
  type OwnershipEvent,
  type OwnershipState,
  type Transition,
} from '../../lib/content/ownership';

// The README's rule ("Files and browser edits") as a table: every state against every event.
const base = 'hash-of-the-file-the-edit-started-from';
const states = {
  absent: { kind: 'absent' },
  file: { kind: 'file' },
  browser: { kind: 'browser', baseFileHash: base },
  'given-back': { kind: 'given-back' },
} satisfies Record<OwnershipState['kind'], OwnershipState>;

const events = {
  'sync, file unchanged since the edit': { kind: 'sync', file: { hash: base, holdsBrowserVersion: false } },
  'sync, file changed since the edit': { kind: 'sync', file: { hash: 'another-file-version', holdsBrowserVersion: false } },
  'sync, file holds the browser version': { kind: 'sync', file: { hash: 'exported-browser-version', holdsBrowserVersion: true } },
  'sync, file holds the browser version and its hash is the base': { kind: 'sync', file: { hash: base, holdsBrowserVersion: true } },
  'sync, no file': { kind: 'sync-file-gone' },
  'browser edit': { kind: 'browser-edit', rowFileHash: 'row-file-version' },
  'give back': { kind: 'give-back' },
} satisfies Record<string, OwnershipEvent>;

type StateName = keyof typeof states;
type EventName = keyof typeof events;

const toFile = (onlyIfChanged: boolean): Transition => ({ next: { kind: 'file' }, action: { kind: 'write-from-file', onlyIfChanged } });
const keep = (conflict: boolean): Transition => ({ next: states.browser, action: { kind: 'keep-browser-version', conflict } });
const takeOver = (baseFileHash: string | null): Transition => ({ next: { kind: 'browser', baseFileHash }, action: { kind: 'take-over' } });
const gone = (state: StateName, kind: 'archive' | 'nothing'): FileGoneTransition => ({ next: states[state], action: { kind } });
const notGivenBack = (state: StateName, kind: 'nothing' | 'not-found'): GiveBackTransition => ({ next: states[state], action: { kind } });

const table: Record<StateName, Record<EventName, Transition>> = {
  absent: {
    'sync, file unchanged since the edit': toFile(false),
    'sync, file changed since the edit': toFile(false),
    'sync, file holds the browser version': toFile(false),
    'sync, file holds the browser version and its hash is the base': toFile(false),
    'sync, no file': gone('absent', 'nothing'),
    'browser edit': takeOver(null),
    'give back': notGivenBack('absent', 'not-found'),
  },
  file: {
    'sync, file unchanged since the edit': toFile(true),
    'sync, file changed since the edit': toFile(true),
    'sync, file holds the browser version': toFile(true),
    'sync, file holds the browser version and its hash is the base': toFile(true),
    'sync, no file': gone('file', 'archive'),
    'browser edit': takeOver('row-file-version'),
    'give back': notGivenBack('file', 'nothing'),
  },
  browser: {
    'sync, file unchanged since the edit': keep(false),
    'sync, file changed since the edit': keep(true),
    'sync, file holds the browser version': toFile(false),
    'sync, file holds the browser version and its hash is the base': toFile(false),
    'sync, no file': gone('browser', 'nothing'),
    'browser edit': takeOver(base),
    'give back': { next: { kind: 'given-back' }, action: { kind: 'give-back' } },
  },
  'given-back': {
    'sync, file unchanged since the edit': toFile(false),
    'sync, file changed since the edit': toFile(false),
    'sync, file holds the browser version': toFile(false),
    'sync, file holds the browser version and its hash is the base': toFile(false),
    'sync, no file': gone('given-back', 'archive'),
    'browser edit': takeOver('row-file-version'),
    'give back': notGivenBack('given-back', 'nothing'),
  },
};

const cells = Object.entries(table).flatMap(([state, row]) =>
  Object.entries(row).map(([event, expected]) => [state as StateName, event as EventName, expected] as const),
);

describe('ownership transitions', () => {
  it('covers every state and every event', () => {
    expect(cells).toHaveLength(Object.keys(states).length * Object.keys(events).length);
  });

  it.each(cells)('%s × %s', (state, event, expected) => {
    expect(transition(states[state], events[event])).toEqual(expected);
  });
});

describe('ownership columns', () => {
  it('reads each state back from the columns that store it', () => {
    const row = (columns: { owner: 'FILE' | 'BROWSER'; baseFileHash: string | null; contentHash?: string }) => ({
      contentHash: 'a-real-content-hash',
      ...columns,
    });
    expect(ownershipState(null)).toEqual(states.absent);
    expect(ownershipState(row(ownershipColumns(states.file)))).toEqual(states.file);
    expect(ownershipState(row(ownershipColumns(states.browser)))).toEqual(states.browser);
    expect(ownershipState(row(givenBackColumns()))).toEqual(states['given-back']);
  });

  it('stores a browser edit of a browser-created row (no file yet) with no base', () => {
    expect(ownershipColumns(transition(states.absent, events['browser edit']).next)).toEqual({ owner: 'BROWSER', baseFileHash: null });
  });
});
