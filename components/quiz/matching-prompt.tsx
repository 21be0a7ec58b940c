'use client';

import { useDroppable } from '@dnd-kit/core';
import { AnswerMark, markFrame } from './answer-mark';
import { htmlToText } from './html-text';
import { RichText } from './rich-text';

type Entry = { id: string; html: string };

type MatchingPromptProps = {
  prompt: Entry;
  choices: Entry[];
  chosen: string | null;
  disabled: boolean;
  /** After grading: the choice this prompt should have been matched with. */
  correctChoice: Entry | null;
  onMatch: (choice: string | null) => void;
};

/** One prompt: its text, a drop zone for a dragged choice and a select doing the same by keyboard. */
export function MatchingPrompt({ prompt, choices, chosen, disabled, correctChoice, onMatch }: MatchingPromptProps) {
  const { setNodeRef, isOver, active } = useDroppable({ id: prompt.id, disabled });
  const right = correctChoice ? chosen === correctChoice.id : null;
  const frame = right === null ? markFrame.none : markFrame[right ? 'correct-picked' : 'wrong-picked'];
  const zone = isOver ? 'border-brand-600 bg-brand-50 dark:bg-brand-800/30' : active ? 'border-brand-500/60' : 'border-transparent';

  return (
    <li className={`rounded-lg border-2 p-3 ${frame}`}>
      <RichText html={prompt.html} className="font-medium" />
      <div ref={setNodeRef} className={`mt-2 flex items-center gap-2 rounded-md border-2 border-dashed p-1 transition-colors ${zone}`}>
        <span aria-hidden="true" className="text-slate-500">
          →
        </span>
        <select
          aria-label={`Match for ${htmlToText(prompt.html)}`}
          value={chosen ?? ''}
          disabled={disabled}
          onChange={(event) => onMatch(event.target.value || null)}
          className="min-h-11 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 text-base focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 disabled:opacity-100 dark:border-slate-600 dark:bg-slate-900"
        >
          <option value="">{disabled ? 'Not matched' : 'Choose a match'}</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {htmlToText(choice.html)}
            </option>
          ))}
        </select>
      </div>
      {correctChoice && (
        <div className="text-sm">
          <AnswerMark mark={right ? 'correct-picked' : 'wrong-picked'}>
            {right ? 'Your match – correct' : chosen ? 'Your match – incorrect' : 'Not matched'}
          </AnswerMark>
          {!right && (
            <div className="mt-1 flex flex-wrap gap-x-1">
              <span className="font-semibold">Correct match:</span>
              <RichText html={correctChoice.html} />
            </div>
          )}
        </div>
      )}
    </li>
  );
}
