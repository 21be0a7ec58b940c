'use client';

import { Field, FieldErrors } from '@/components/ui/field';
import { withField } from '@/lib/authoring/questions/entry-edit';
import type { AnswerFieldsProps } from './props';

/** A value ± tolerance or a min–max range, and the unit. */
export function NumericAnswerFields({ entry, onChange, errors }: AnswerFieldsProps) {
  const answer = (entry.answer && typeof entry.answer === 'object' ? entry.answer : {}) as Record<string, unknown>;
  const range = 'min' in answer || 'max' in answer;
  const number = (text: string) => (text.trim() === '' || Number.isNaN(Number(text)) ? text : Number(text));
  const setAnswer = (patch: Record<string, unknown>) =>
    onChange({ ...entry, answer: Object.fromEntries(Object.entries({ ...answer, ...patch }).filter(([, v]) => v !== '')) });
  const numberField = (key: string, label: string) => (
    <Field
      label={label}
      name={`answer.${key}`}
      inputMode="decimal"
      value={answer[key] === undefined ? '' : String(answer[key])}
      onChange={(e) => setAnswer({ [key]: number(e.target.value) })}
      errors={errors[`answer.${key}`]}
    />
  );
  return (
    <fieldset className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <legend className="px-1 text-sm font-semibold">Correct number</legend>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={range} onChange={(e) => onChange({ ...entry, answer: e.target.checked ? { min: 0, max: 0 } : { value: 0 } })} />
        Accept a range (min to max) instead of a value ± tolerance
      </label>
      <div className="mt-2 grid gap-3 sm:grid-cols-3">
        {range ? (
          <>
            {numberField('min', 'Min')}
            {numberField('max', 'Max')}
          </>
        ) : (
          <>
            {numberField('value', 'Value')}
            {numberField('tolerance', 'Tolerance (±)')}
          </>
        )}
        <Field
          label="Unit"
          name="unit"
          value={typeof entry.unit === 'string' ? entry.unit : ''}
          onChange={(e) => onChange(withField(entry, 'unit', e.target.value))}
          placeholder="e.g. hosts"
          errors={errors.unit}
        />
      </div>
      <FieldErrors name="answer" errors={errors.answer} />
    </fieldset>
  );
}
