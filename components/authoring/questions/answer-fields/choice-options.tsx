'use client';

import { inputClass } from '@/components/ui/field';
import { followIds, listOf, stringsOf } from '@/lib/authoring/questions/entry-edit';
import { ListEditor } from '../list-editor';
import type { AnswerFieldsProps } from './props';

/** Single and multiple answer: the options, each marked correct or not, pinned, with its feedback (and, multiple, its optional partial credit). */
export function ChoiceOptions({ entry, onChange, errors }: AnswerFieldsProps) {
  const options = listOf(entry, 'options');
  const multiple = entry.type === 'multiple';
  const answers = multiple ? stringsOf(entry.answer) : [String(entry.answer ?? '')];
  const toggle = (id: string, on: boolean) => onChange({ ...entry, answer: multiple ? (on ? [...answers, id] : answers.filter((a) => a !== id)) : id });
  return (
    <ListEditor
      legend={multiple ? 'Options (tick every correct one)' : 'Options (choose the correct one)'}
      noun="option"
      name="options"
      items={options}
      onChange={(next) => onChange({ ...entry, options: next, answer: followIds(entry.answer, options, next) })}
      errors={errors}
      listErrors={Object.entries(errors)
        .filter(([key]) => key === 'answer' || key.startsWith('answer.'))
        .flatMap(([, messages]) => messages)}
      extra={(option, index, update) => (
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <label className="flex items-center gap-1.5 font-medium">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name="correct-option"
              checked={answers.includes(option.id)}
              onChange={(e) => toggle(option.id, e.target.checked)}
            />
            Correct
          </label>
          <label className="flex items-center gap-1.5">
            <input type="checkbox" checked={option.pinned === true} onChange={(e) => update({ pinned: e.target.checked || undefined })} />
            Keep in place when shuffled
          </label>
          {multiple && (
            <label className="flex items-center gap-1.5">
              <span className="shrink-0">Credit %</span>
              <input
                type="number"
                min={-100}
                max={100}
                step="any"
                value={option.credit ?? ''}
                onChange={(e) => update({ credit: e.target.value === '' ? undefined : Number(e.target.value) })}
                placeholder="auto"
                aria-label={`Practice credit of option ${index + 1}, in percent (optional)`}
                className={`${inputClass} mt-0 w-24`}
              />
            </label>
          )}
          <label className="flex min-w-0 flex-1 basis-56 items-center gap-1.5">
            <span className="shrink-0">Feedback</span>
            <input
              value={option.feedback ?? ''}
              onChange={(e) => update({ feedback: e.target.value || undefined })}
              placeholder="Shown when a learner picks it"
              aria-label={`Feedback of option ${index + 1}`}
              className={`${inputClass} mt-0`}
            />
          </label>
        </div>
      )}
    />
  );
}
