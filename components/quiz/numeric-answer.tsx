'use client';

import { useId } from 'react';
import { AcceptedAnswer } from './accepted-answer';
import { enterToSubmit } from './enter-to-submit';
import type { InputProps } from './input-props';

/**
 * A text input, not type="number": that would refuse "1,5" in some browsers and silently drop
 * what it cannot parse. The raw string goes to the server, which parses it strictly.
 */
export function NumericAnswer({ question, value, onChange, disabled, correct, right, detail, onSubmit }: InputProps<'numeric'>) {
  // The number the server read the answer as, shown so "1,5" → 1.5 is visible.
  const readAs = detail?.type === 'numeric' ? detail.value : undefined;
  const id = useId();
  const unit = question.unit ? ` ${question.unit}` : '';
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        Your answer
      </label>
      <div className="mt-1 flex items-center gap-2">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={value?.value ?? ''}
          onChange={(event) => onChange(event.target.value.trim() ? { type: 'numeric', value: event.target.value } : null)}
          onKeyDown={enterToSubmit(onSubmit)}
          disabled={disabled}
          maxLength={50}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint={onSubmit ? 'done' : undefined}
          aria-describedby={question.unit ? `${id}-unit` : undefined}
          className="min-h-11 w-40 min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-base shadow-sm focus:border-brand-600 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 disabled:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:disabled:bg-slate-800"
        />
        {question.unit && (
          <span id={`${id}-unit`} className="text-slate-700 dark:text-slate-300">
            {question.unit}
          </span>
        )}
      </div>
      {onSubmit && !disabled && <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">Press Enter to submit.</p>}
      {correct && (
        <AcceptedAnswer
          right={right}
          answered={value !== null}
          accepted={`${correct.value}${unit}`}
          note={readAs !== undefined && String(readAs) !== value?.value.trim() ? `Your answer was read as ${readAs}${unit}.` : undefined}
        />
      )}
    </div>
  );
}
