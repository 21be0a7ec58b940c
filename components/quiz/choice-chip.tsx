'use client';

import { useDraggable } from '@dnd-kit/core';
import { RichText } from './rich-text';

/** Shape shared with the floating copy shown while dragging. */
export const chipShape = 'block min-h-11 rounded-lg border-2 bg-white px-3 py-2 text-sm dark:bg-slate-800';
const chipFace = `${chipShape} border-slate-300 shadow-sm dark:border-slate-600`;

/**
 * A matching choice in the pool. It stays in the pool when dropped, since one choice may match
 * several prompts; the page shows a floating copy (DragOverlay) while it is dragged.
 */
export function ChoiceChip({ id, html, disabled }: { id: string; html: string; disabled: boolean }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id, disabled });
  if (disabled) {
    return (
      <li className={chipFace}>
        <RichText html={html} />
      </li>
    );
  }
  return (
    <li>
      <button
        ref={setNodeRef}
        type="button"
        {...attributes}
        {...listeners}
        className={`${chipFace} cursor-grab touch-manipulation text-left md:w-full hover:border-brand-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 active:cursor-grabbing ${isDragging ? 'opacity-40' : ''}`}
      >
        <RichText html={html} />
      </button>
    </li>
  );
}
