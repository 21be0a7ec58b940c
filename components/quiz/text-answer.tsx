'use client';

import { useId } from 'react';
import { Field } from '@/components/ui/field';
import { AcceptedAnswer } from './accepted-answer';
import { enterToSubmit } from './enter-to-submit';
import type { InputProps } from './input-props';

/** A one-line typed answer; Enter submits when the page passes onSubmit. */
export function TextAnswer({ value, onChange, disabled, correct, right, onSubmit }: InputProps<'text'>) {
  const name = useId();
  return (
    <div>
      <Field
        label="Your answer"
        name={name}
        value={value?.text ?? ''}
        onChange={(event) => onChange(event.target.value.trim() ? { type: 'text', text: event.target.value } : null)}
        onKeyDown={enterToSubmit(onSubmit)}
        disabled={disabled}
        maxLength={500}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint={onSubmit ? 'done' : undefined}
        hint={onSubmit && !disabled ? 'Press Enter to submit.' : undefined}
      />
      {correct && <AcceptedAnswer right={right} answered={value !== null} accepted={correct.text} />}
    </div>
  );
}
