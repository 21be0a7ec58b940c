'use client';

import { useId } from 'react';
import { AnswerMark, markFrame, selectableFrame } from './answer-mark';
import { markFor } from './answer-state';
import type { InputProps } from './input-props';
import { ShortcutHint } from './shortcut-hint';
import { trueFalseKeyIndex } from './shortcuts';
import { useOptionShortcuts } from './use-option-shortcuts';

const choices = [
  { value: true, label: 'True' },
  { value: false, label: 'False' },
] as const;

/** Two large radio cards; T/F or 1/2 pick one. */
export function TrueFalse({ value, onChange, disabled, correct }: InputProps<'truefalse'>) {
  const name = useId();
  const pick = (answer: boolean) => onChange({ type: 'truefalse', value: answer });
  useOptionShortcuts(2, !disabled, (index) => pick(choices[index].value), trueFalseKeyIndex);

  return (
    <fieldset>
      <legend className="sr-only">True or false</legend>
      <div className="grid grid-cols-2 gap-3">
        {choices.map((choice) => {
          const checked = value?.value === choice.value;
          const mark = correct ? markFor(checked, correct.value === choice.value) : null;
          return (
            <label
              key={choice.label}
              className={`flex min-h-16 flex-col items-center justify-center gap-1 rounded-xl border-2 p-3 text-center transition-colors has-focus-visible:ring-2 has-focus-visible:ring-brand-600 has-focus-visible:ring-offset-2 dark:ring-offset-slate-950 ${correct ? markFrame[mark ?? 'none'] : selectableFrame} ${disabled ? 'cursor-default' : 'cursor-pointer'}`}
            >
              <span className="flex items-center gap-2 text-lg font-semibold">
                <input
                  type="radio"
                  name={name}
                  checked={checked}
                  disabled={disabled}
                  onChange={() => pick(choice.value)}
                  className="size-5 accent-brand-700 focus-visible:outline-none dark:accent-brand-500"
                />
                {choice.label}
              </span>
              {mark && <AnswerMark mark={mark} />}
            </label>
          );
        })}
      </div>
      {!disabled && <ShortcutHint text="Press T or 1 for True, F or 2 for False." />}
    </fieldset>
  );
}
