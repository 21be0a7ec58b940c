'use client';

import { useId } from 'react';
import { markFor, selectionStatus, togglePick } from './answer-state';
import type { InputProps } from './input-props';
import { OptionRow } from './option-row';
import { ShortcutHint } from './shortcut-hint';
import { optionShortcutText } from './shortcuts';
import { useOptionShortcuts } from './use-option-shortcuts';

/**
 * Checkboxes with "Choose N" and a live count. Picking more than N is allowed (the server grades
 * it) but flagged, since exam software typically would not let it through.
 */
export function MultipleChoice({ question, value, onChange, disabled, correct }: InputProps<'multiple'>) {
  const name = useId();
  const options = question.options ?? [];
  const picked = value?.choices ?? [];
  const status = selectionStatus(picked.length, question.choose);
  const toggle = (id: string) => {
    const next = togglePick(picked, id);
    onChange(next.length ? { type: 'multiple', choices: next } : null);
  };
  useOptionShortcuts(options.length, !disabled, (index) => toggle(options[index].id));

  return (
    <fieldset>
      <legend className="text-sm font-semibold">{question.choose ? `Choose ${question.choose}` : 'Choose all that apply'}</legend>
      <p
        aria-live="polite"
        className={`mb-2 text-sm ${status.over ? 'font-semibold text-amber-800 dark:text-amber-300' : 'text-slate-600 dark:text-slate-400'}`}
      >
        {status.over && <span aria-hidden="true">⚠ </span>}
        {status.text}
      </p>
      <ul className="space-y-2">
        {options.map((option, index) => {
          const checked = picked.includes(option.id);
          return (
            <OptionRow
              key={option.id}
              type="checkbox"
              name={name}
              id={option.id}
              html={option.html}
              index={index}
              checked={checked}
              disabled={disabled}
              graded={correct !== null}
              mark={correct ? markFor(checked, correct.choices.includes(option.id)) : null}
              onToggle={() => toggle(option.id)}
            />
          );
        })}
      </ul>
      {!disabled && <ShortcutHint text={optionShortcutText(options.length, 'select or clear an option')} />}
    </fieldset>
  );
}
