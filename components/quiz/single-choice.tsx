'use client';

import { useId } from 'react';
import { markFor } from './answer-state';
import type { InputProps } from './input-props';
import { OptionRow } from './option-row';
import { ShortcutHint } from './shortcut-hint';
import { optionShortcutText } from './shortcuts';
import { useOptionShortcuts } from './use-option-shortcuts';

/** Radio group; keys 1–9 / A–I pick an option. */
export function SingleChoice({ question, value, onChange, disabled, correct }: InputProps<'single'>) {
  const name = useId();
  const options = question.options ?? [];
  const pick = (id: string) => onChange({ type: 'single', choice: id });
  useOptionShortcuts(options.length, !disabled, (index) => pick(options[index].id));

  return (
    <fieldset>
      <legend className="sr-only">Choose one answer</legend>
      <ul className="space-y-2">
        {options.map((option, index) => {
          const checked = value?.choice === option.id;
          return (
            <OptionRow
              key={option.id}
              type="radio"
              name={name}
              id={option.id}
              html={option.html}
              index={index}
              checked={checked}
              disabled={disabled}
              graded={correct !== null}
              mark={correct ? markFor(checked, correct.choice === option.id) : null}
              onToggle={() => pick(option.id)}
            />
          );
        })}
      </ul>
      {!disabled && <ShortcutHint text={optionShortcutText(options.length, 'choose')} />}
    </fieldset>
  );
}
