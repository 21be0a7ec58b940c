'use client';

import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useId, useState } from 'react';
import { setPair } from './answer-state';
import { ChoiceChip, chipShape } from './choice-chip';
import { jumpBetweenDropZones } from './drop-zone-keys';
import { htmlToText } from './html-text';
import type { InputProps } from './input-props';
import { MatchingPrompt } from './matching-prompt';
import { RichText } from './rich-text';

const instructions =
  'To match this choice, press Space or Enter to pick it up, use the arrow keys to move it onto a prompt, then press Space or Enter to drop it, or Escape to cancel. Each prompt also has a list to choose its match from.';

/** Matching: drag a choice onto a prompt, or pick it in the prompt's list. A choice may serve several prompts. */
export function MatchingInput({ question, value, onChange, disabled, correct }: InputProps<'matching'>) {
  const prompts = question.prompts ?? [];
  const choices = question.choices ?? [];
  const pairs = value?.pairs ?? {};
  const dndId = useId();
  const poolId = useId();
  const [dragging, setDragging] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    // A short press-and-hold starts a drag on touch screens, so swiping over the pool still scrolls.
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpBetweenDropZones }),
  );
  const find = (list: typeof prompts, id: UniqueIdentifier | null | undefined) => list.find((entry) => entry.id === id) ?? null;
  const text = (list: typeof prompts, id: UniqueIdentifier) => htmlToText(find(list, id)?.html ?? '');

  const match = (prompt: string, choice: string | null) => {
    const next = setPair(pairs, prompt, choice);
    onChange(Object.keys(next).length > 0 ? { type: 'matching', pairs: next } : null);
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${text(choices, active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${text(choices, active.id)} is over ${text(prompts, over.id)}.` : `${text(choices, active.id)} is not over a prompt.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `Matched ${text(prompts, over.id)} with ${text(choices, active.id)}.`
        : `${text(choices, active.id)} dropped outside the prompts; nothing changed.`,
    onDragCancel: ({ active }) => `Cancelled; ${text(choices, active.id)} was not matched.`,
  };
  const draggingChoice = find(choices, dragging);

  return (
    <DndContext
      id={dndId}
      sensors={sensors}
      accessibility={{ announcements, screenReaderInstructions: { draggable: instructions } }}
      onDragStart={({ active }) => setDragging(String(active.id))}
      onDragCancel={() => setDragging(null)}
      onDragEnd={({ active, over }) => {
        setDragging(null);
        if (over) match(String(over.id), String(active.id));
      }}
    >
      {!disabled && (
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
          Match each item with a choice: drag a choice onto it, or pick from its list. A choice can be used more than once.
        </p>
      )}
      <div className="grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,18rem)]">
        <div className="md:sticky md:top-4 md:order-last md:self-start">
          <p id={poolId} className="mb-2 text-sm font-semibold">
            Choices
          </p>
          <ul aria-labelledby={poolId} className="flex flex-wrap gap-2 md:flex-col">
            {choices.map((choice) => (
              <ChoiceChip key={choice.id} id={choice.id} html={choice.html} disabled={disabled} />
            ))}
          </ul>
        </div>
        <ul className="space-y-3">
          {prompts.map((prompt) => (
            <MatchingPrompt
              key={prompt.id}
              prompt={prompt}
              choices={choices}
              chosen={Object.hasOwn(pairs, prompt.id) ? pairs[prompt.id] : null}
              disabled={disabled}
              correctChoice={correct ? find(choices, correct.pairs[prompt.id]) : null}
              onMatch={(choice) => match(prompt.id, choice)}
            />
          ))}
        </ul>
      </div>
      <DragOverlay>
        {draggingChoice && <RichText html={draggingChoice.html} className={`${chipShape} cursor-grabbing border-brand-600 shadow-lg`} />}
      </DragOverlay>
    </DndContext>
  );
}
