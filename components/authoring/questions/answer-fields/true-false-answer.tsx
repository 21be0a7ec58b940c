'use client';

import { FieldErrors, inputClass } from '@/components/ui/field';
import { withField } from '@/lib/authoring/questions/entry-edit';
import type { AnswerFieldsProps } from './props';

type Feedback = { true?: string; false?: string };

export function TrueFalseAnswer({ entry, onChange, errors }: AnswerFieldsProps) {
  const feedback = (entry.feedback && typeof entry.feedback === 'object' ? entry.feedback : {}) as Feedback;
  const setFeedback = (key: keyof Feedback, text: string) => {
    const next: Feedback = { ...feedback, [key]: text || undefined };
    if (!text) delete next[key];
    onChange(withField(entry, 'feedback', Object.keys(next).length ? next : undefined));
  };
  return (
    <fieldset className="space-y-2">
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
      {(['true', 'false'] as const).map((key) => (
        <label key={key} className="block text-sm">
          Feedback when the learner answers {key === 'true' ? 'True' : 'False'} (optional)
          <input value={feedback[key] ?? ''} onChange={(e) => setFeedback(key, e.target.value)} className={inputClass} />
          <FieldErrors name={`feedback.${key}`} errors={errors[`feedback.${key}`]} />
        </label>
      ))}
    </fieldset>
  );
}
