'use client';

import { FieldErrors } from '@/components/ui/field';
import { withField } from '@/lib/authoring/questions/entry-edit';
import type { AnswerFieldsProps } from './props';

export function TrueFalseAnswer({ entry, onChange, errors }: AnswerFieldsProps) {
  return (
    <fieldset>
      <legend className="text-sm font-semibold">The statement is</legend>
      <div className="mt-1 flex gap-4">
        {[true, false].map((value) => (
          <label key={String(value)} className="flex items-center gap-2">
            <input type="radio" name="truefalse-answer" checked={entry.answer === value} onChange={() => onChange(withField(entry, 'answer', value))} />
            {value ? 'True' : 'False'}
          </label>
        ))}
      </div>
      <FieldErrors name="answer" errors={errors.answer} />
    </fieldset>
  );
}
