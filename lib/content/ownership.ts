/**
 * Who owns a lesson or a question: its content file or the database (README, "Files and browser
 * edits"). `transition` is the whole rule, as a table of state × event, for content:sync, for a
 * browser edit (publish, restore, upload, archive) and for "Give back to the file"; the sync and
 * authoring code read the state from the row, ask, and carry out the answer.
 */

export type Owner = 'FILE' | 'BROWSER';

export type OwnershipState =
  /** No row yet. */
  | { kind: 'absent' }
  /** content:sync keeps the row in step with its file. */
  | { kind: 'file' }
  /** Published in the browser; `baseFileHash` is the file version the edit started from. */
  | { kind: 'browser'; baseFileHash: string | null }
  /** The browser edit was discarded: the next sync rewrites the row from its file, even unchanged. */
  | { kind: 'given-back' };

type SyncEvent = { kind: 'sync'; file: { hash: string; holdsBrowserVersion: boolean } };
type FileGoneEvent = { kind: 'sync-file-gone' };
type BrowserEditEvent = { kind: 'browser-edit'; rowFileHash: string | null };
type GiveBackEvent = { kind: 'give-back' };

export type OwnershipEvent =
  /** content:sync found the item in a file: `hash` identifies that file version. */
  | SyncEvent
  /** content:sync found no file holding the item. */
  | FileGoneEvent
  /** A publish, restore, upload or archive in the browser; `rowFileHash` identifies the file version the row holds (null: no row). */
  | BrowserEditEvent
  | GiveBackEvent;

type FileState = Extract<OwnershipState, { kind: 'file' }>;
type BrowserState = Extract<OwnershipState, { kind: 'browser' }>;

/** What content:sync does with an item its files hold. */
export type SyncTransition =
  /** Write the row from the file; `onlyIfChanged` lets sync skip a row already in step with it. */
  | { next: FileState; action: { kind: 'write-from-file'; onlyIfChanged: boolean } }
  /** Leave the browser version; `conflict` when the file changed since the edit started (a sync warning). */
  | { next: BrowserState; action: { kind: 'keep-browser-version'; conflict: boolean } };

/** What content:sync does with an item no file holds. */
export type FileGoneTransition = { next: OwnershipState; action: { kind: 'archive' } | { kind: 'nothing' } };

/** A browser edit always wins: the database owns the item from then on. */
export type BrowserEditTransition = { next: BrowserState; action: { kind: 'take-over' } };

export type GiveBackTransition = { next: OwnershipState; action: { kind: 'give-back' } | { kind: 'not-found' } | { kind: 'nothing' } };

export type Transition = SyncTransition | FileGoneTransition | BrowserEditTransition | GiveBackTransition;

export function transition(state: OwnershipState, event: SyncEvent): SyncTransition;
export function transition(state: OwnershipState, event: FileGoneEvent): FileGoneTransition;
export function transition(state: OwnershipState, event: BrowserEditEvent): BrowserEditTransition;
export function transition(state: OwnershipState, event: GiveBackEvent): GiveBackTransition;
export function transition(state: OwnershipState, event: OwnershipEvent): Transition;
export function transition(state: OwnershipState, event: OwnershipEvent): Transition {
  switch (event.kind) {
    case 'sync':
      if (state.kind !== 'browser') return { next: { kind: 'file' }, action: { kind: 'write-from-file', onlyIfChanged: state.kind === 'file' } };
      // The file caught up with the browser (typically content:export and a commit): it owns the item again.
      if (event.file.holdsBrowserVersion) return { next: { kind: 'file' }, action: { kind: 'write-from-file', onlyIfChanged: false } };
      return { next: state, action: { kind: 'keep-browser-version', conflict: event.file.hash !== state.baseFileHash } };
    case 'sync-file-gone':
      // A browser-owned item needs no file (it may have been created in the browser).
      return { next: state, action: state.kind === 'file' || state.kind === 'given-back' ? { kind: 'archive' } : { kind: 'nothing' } };
    case 'browser-edit': {
      const baseFileHash = state.kind === 'absent' ? null : state.kind === 'browser' ? state.baseFileHash : event.rowFileHash;
      return { next: { kind: 'browser', baseFileHash }, action: { kind: 'take-over' } };
    }
    case 'give-back':
      if (state.kind === 'absent') return { next: state, action: { kind: 'not-found' } };
      if (state.kind !== 'browser') return { next: state, action: { kind: 'nothing' } };
      return { next: { kind: 'given-back' }, action: { kind: 'give-back' } };
  }
}

// No file version hashes to this, so a given-back row never looks in step with its file.
const givenBackHash = 'given-back-to-file';

type StoredOwnership = { owner: Owner; baseFileHash: string | null; contentHash: string };

export function ownershipState(row: StoredOwnership | null): OwnershipState {
  if (!row) return { kind: 'absent' };
  if (row.owner === 'BROWSER') return { kind: 'browser', baseFileHash: row.baseFileHash };
  return row.contentHash === givenBackHash ? { kind: 'given-back' } : { kind: 'file' };
}

export type OwnershipColumns = { owner: Owner; baseFileHash: string | null };

/** The columns that store a file- or browser-owned state (the row's content hash stays its own). */
export function ownershipColumns(state: FileState | BrowserState): OwnershipColumns {
  return state.kind === 'file' ? { owner: 'FILE', baseFileHash: null } : { owner: 'BROWSER', baseFileHash: state.baseFileHash };
}

/** The columns that store the given-back state. */
export function givenBackColumns() {
  return { owner: 'FILE' as const, baseFileHash: null, contentHash: givenBackHash };
}
