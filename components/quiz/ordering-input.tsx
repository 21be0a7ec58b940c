'use client';

import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { AnswerMark, markFrame } from './answer-mark';
import { htmlToText } from './html-text';
import type { InputProps } from './input-props';
import { moveItem, resolveOrder } from './reorder';
import { RichText } from './rich-text';
import { SortableItem } from './sortable-item';

const instructions =
  'To move an item, press Space or Enter on its handle, use the Up and Down arrow keys, then press Space or Enter to drop it, or Escape to cancel. The Move up and Move down buttons do the same one step at a time.';

/** A sortable list: drag by the handle, or use the Move up / Move down buttons. */
export function OrderingInput({ question, value, onChange, disabled, correct }: InputProps<'ordering'>) {
  const items = question.items ?? [];
  const answered = value !== null;
  const order = resolveOrder(
    items.map((item) => item.id),
    value?.order,
  );
  const html = (id: UniqueIdentifier) => items.find((item) => item.id === id)?.html ?? '';
  const text = (id: UniqueIdentifier) => htmlToText(html(id));
  const at = (id: UniqueIdentifier) => `position ${order.indexOf(String(id)) + 1} of ${order.length}`;
  const dndId = useId();
  const [status, setStatus] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const refocus = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a tap on the handle is not a drag.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const move = (from: number, to: number) => onChange({ type: 'ordering', order: moveItem(order, from, to) });
  const moveByButton = (from: number, to: number) => {
    refocus.current = { id: order[from], direction: to < from ? 'up' : 'down' };
    setStatus(`${text(order[from])} moved to position ${to + 1} of ${order.length}.`);
    move(from, to);
  };

  // The moved item's button keeps focus so repeated presses keep moving it; at the top or bottom
  // that button is disabled, so focus goes to the other one instead of being lost.
  useEffect(() => {
    const pending = refocus.current;
    if (!pending) return;
    refocus.current = null;
    const item = listRef.current?.querySelector(`[data-item="${CSS.escape(pending.id)}"]`);
    const buttons = [`[data-move="${pending.direction}"]`, `[data-move="${pending.direction === 'up' ? 'down' : 'up'}"]`];
    const target = buttons.map((selector) => item?.querySelector<HTMLButtonElement>(selector)).find((b) => b && !b.disabled);
    target?.focus();
  }, [value]);

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${text(active.id)}, at ${at(active.id)}.`,
    onDragOver: ({ active, over }) => (over ? `${text(active.id)} moved to ${at(over.id)}.` : `${text(active.id)} is outside the list.`),
    onDragEnd: ({ active, over }) => (over ? `${text(active.id)} dropped at ${at(over.id)}.` : `${text(active.id)} dropped; it stays at ${at(active.id)}.`),
    onDragCancel: ({ active }) => `Moving cancelled. ${text(active.id)} is back at ${at(active.id)}.`,
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) move(order.indexOf(String(active.id)), order.indexOf(String(over.id)));
  };
  return (
    <div>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
        {disabled
          ? answered
            ? 'Your order:'
            : 'Order shown:'
          : 'Put the items in the correct order, first at the top. Drag an item by its handle or use its arrow buttons.'}
      </p>
      <DndContext
        id={dndId}
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: instructions } }}
      >
        <SortableContext items={order} strategy={verticalListSortingStrategy} disabled={disabled}>
          <ol ref={listRef} className="space-y-2">
            {order.map((id, index) => {
              const belongsAt = correct && answered ? correct.order.indexOf(id) : -1;
              const mark = belongsAt === -1 ? null : belongsAt === index ? 'correct-picked' : 'wrong-picked';
              return (
                <SortableItem
                  key={id}
                  id={id}
                  html={html(id)}
                  index={index}
                  count={order.length}
                  disabled={disabled}
                  frame={markFrame[mark ?? 'none']}
                  onMove={moveByButton}
                >
                  {mark && <AnswerMark mark={mark}>{mark === 'correct-picked' ? 'Right position' : `Belongs at position ${belongsAt + 1}`}</AnswerMark>}
                </SortableItem>
              );
            })}
          </ol>
        </SortableContext>
      </DndContext>
      <p aria-live="polite" className="sr-only">
        {status}
      </p>
      {!disabled && !answered && (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <Button type="button" variant="secondary" className="min-h-11" onClick={() => onChange({ type: 'ordering', order })}>
            Keep this order
          </Button>
          <span className="text-sm text-slate-600 dark:text-slate-400">No order given yet: move an item, or keep the order shown.</span>
        </div>
      )}
      {correct && correct.order.some((id, i) => !answered || order[i] !== id) && <CorrectOrder ids={correct.order} html={html} />}
    </div>
  );
}

function CorrectOrder({ ids, html }: { ids: string[]; html: (id: string) => string }) {
  return (
    <div className="mt-4 rounded-lg border-2 border-dashed border-green-600 p-3 dark:border-green-500">
      <p className="mb-2 text-sm font-semibold">
        <span aria-hidden="true">✓ </span>Correct order
      </p>
      <ol className="list-decimal space-y-1 pl-6">
        {ids.map((id) => (
          <li key={id}>
            <RichText html={html(id)} />
          </li>
        ))}
      </ol>
    </div>
  );
}
