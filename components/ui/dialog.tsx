'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';

type DialogProps = {
  open: boolean;
  /** Escape, the backdrop and the close button all call this. */
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** "center": a confirmation; "drawer": a panel from the side, full height, that scrolls; "panel": a wide one (an exhibit's 80 columns). */
  placement?: 'center' | 'drawer' | 'panel';
  /** Keys pressed inside stay inside: the page's shortcuts (option letters, arrows) must not act behind the dialog. */
  containKeys?: boolean;
};

const placements = {
  center: 'm-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl',
  drawer: 'my-0 mr-0 ml-auto h-dvh max-h-dvh w-[min(24rem,100vw)] rounded-l-xl',
  panel: 'my-0 mr-0 ml-auto h-dvh max-h-dvh w-[min(48rem,100vw)] max-w-[100vw] rounded-l-xl',
} as const;

/**
 * The app's own modal dialog, on the native <dialog>: the browser traps focus inside, restores it
 * on close, makes the rest of the page inert and closes on Escape.
 */
export function Dialog({ open, onClose, title, children, placement = 'center', containKeys = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      // Escape still closes: the dialog's cancel comes from the key's default action, not its propagation.
      onKeyDown={containKeys ? (event) => event.stopPropagation() : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // A click on the backdrop lands on the dialog element itself.
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      className={`${placements[placement]} overflow-y-auto border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100`}
    >
      {open && (
        <div className="p-5">
          <div className="flex items-start justify-between gap-3">
            <h2 id={titleId} className="text-lg font-semibold">
              {title}
            </h2>
            <button
              type="button"
              onClick={onClose}
              aria-label="Close"
              className="-mt-1 -mr-2 flex size-11 shrink-0 items-center justify-center rounded-md text-xl hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 dark:hover:bg-slate-800"
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
          <div className="mt-3">{children}</div>
        </div>
      )}
    </dialog>
  );
}
