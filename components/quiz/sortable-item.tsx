'use client';

import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactNode } from 'react';
import { htmlToText } from './html-text';
import { RichText } from './rich-text';

type SortableItemProps = {
  id: string;
  html: string;
  index: number;
  count: number;
  disabled: boolean;
  /** Outline classes after grading (markFrame), or the default card border. */
  frame: string;
  /** After grading: the item's badge. */
  children?: ReactNode;
  onMove: (from: number, to: number) => void;
};

const buttonBase =
  'inline-flex h-11 shrink-0 items-center justify-center rounded-md text-lg text-slate-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 dark:text-slate-200';
const moveButton = `${buttonBase} w-11 border border-slate-300 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40 dark:border-slate-600 dark:hover:bg-slate-800`;

/** One item of an ordering question: a drag handle, the text, and Move up / Move down buttons. */
export function SortableItem({ id, html, index, count, disabled, frame, children, onMove }: SortableItemProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id, disabled });
  const text = htmlToText(html);
  return (
    <li
      ref={setNodeRef}
      data-item={id}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`relative flex items-center gap-2 rounded-lg border-2 p-2 sm:gap-3 ${frame} ${isDragging ? 'z-10 shadow-lg ring-2 ring-brand-600' : ''}`}
    >
      {!disabled && (
        <button
          ref={setActivatorNodeRef}
          type="button"
          {...attributes}
          {...listeners}
          aria-label={`Reorder ${text}`}
          className={`${buttonBase} w-8 cursor-grab touch-none hover:bg-slate-100 active:cursor-grabbing dark:hover:bg-slate-800`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
      )}
      <span className="w-5 shrink-0 text-center font-semibold tabular-nums text-slate-600 dark:text-slate-300">{index + 1}.</span>
      <span className="min-w-0 flex-1 py-1">
        <RichText html={html} />
        {children}
      </span>
      {!disabled && (
        <span className="flex shrink-0 flex-col gap-1 sm:flex-row">
          <button
            type="button"
            data-move="up"
            disabled={index === 0}
            onClick={() => onMove(index, index - 1)}
            aria-label={`Move ${text} up`}
            className={moveButton}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            data-move="down"
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
            aria-label={`Move ${text} down`}
            className={moveButton}
          >
            <span aria-hidden="true">↓</span>
          </button>
        </span>
      )}
    </li>
  );
}
