'use client';

import { Field, FieldErrors, inputClass } from '@/components/ui/field';
import { followIds, listOf, stringsOf, withField, type Choice, type Entry } from '@/lib/authoring/questions/entry-edit';
import type { EntryErrors } from '@/lib/authoring/questions/check-entry';
import { ListEditor } from './list-editor';

type AnswerFieldsProps = { entry: Entry; onChange: (entry: Entry) => void; errors: EntryErrors };

/** The part of the form that depends on the type: options and the correct answer(s), items, pairs, accepted answers, a number. */
export function AnswerFields({ entry, onChange, errors }: AnswerFieldsProps) {
  const set = (key: string, value: unknown) => onChange(withField(entry, key, value));
  switch (entry.type) {
    case 'single':
    case 'multiple':
      return <ChoiceOptions entry={entry} onChange={onChange} errors={errors} />;
    case 'truefalse':
      return (
        <fieldset>
          <legend className="text-sm font-semibold">The statement is</legend>
          <div className="mt-1 flex gap-4">
            {[true, false].map((value) => (
              <label key={String(value)} className="flex items-center gap-2">
                <input type="radio" name="truefalse-answer" checked={entry.answer === value} onChange={() => set('answer', value)} />
                {value ? 'True' : 'False'}
              </label>
            ))}
          </div>
          <FieldErrors name="answer" errors={errors.answer} />
        </fieldset>
      );
    case 'ordering':
      return <ListEditor legend="Items, in the correct order (learners get them shuffled)" noun="item" name="items" idPrefix="i" items={listOf(entry, 'items')} onChange={(items) => set('items', items)} errors={errors} />;
    case 'matching':
      return <MatchingLists entry={entry} onChange={onChange} errors={errors} />;
    case 'text':
      return (
        <ListEditor
          legend="Accepted answers (compared ignoring case and spacing)"
          noun="accepted answer"
          name="accept"
          items={stringsOf(entry.accept).map((text, i) => ({ id: String(i + 1), text }))}
          onChange={(items) => set('accept', items.map((item) => item.text))}
          errors={Object.fromEntries(Object.entries(errors).map(([key, value]) => [key.replace(/^accept\.(\d+)$/, 'accept.$1.text'), value]))}
        />
      );
    case 'numeric':
      return <NumericAnswerFields entry={entry} onChange={onChange} errors={errors} />;
    default:
      return null;
  }
}

function ChoiceOptions({ entry, onChange, errors }: AnswerFieldsProps) {
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
      listErrors={Object.entries(errors).filter(([key]) => key === 'answer' || key.startsWith('answer.')).flatMap(([, messages]) => messages)}
      extra={(option, index, update) => (
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <label className="flex items-center gap-1.5 font-medium">
            <input type={multiple ? 'checkbox' : 'radio'} name="correct-option" checked={answers.includes(option.id)} onChange={(e) => toggle(option.id, e.target.checked)} />
            Correct
          </label>
          <label className="flex items-center gap-1.5">
            <input type="checkbox" checked={option.pinned === true} onChange={(e) => update({ pinned: e.target.checked || undefined })} />
            Keep in place when shuffled
          </label>
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

function MatchingLists({ entry, onChange, errors }: AnswerFieldsProps) {
  const choices = listOf(entry, 'choices');
  const prompts = listOf(entry, 'prompts');
  return (
    <div className="space-y-4">
      <ListEditor
        legend="Prompts (left column), each with its match"
        noun="prompt"
        name="prompts"
        idPrefix="p"
        items={prompts}
        onChange={(next) => onChange({ ...entry, prompts: next })}
        errors={errors}
        extra={(prompt, index, update) => (
          <label className="mt-2 flex items-center gap-2 text-sm">
            Matches
            <select value={prompt.match ?? ''} onChange={(e) => update({ match: e.target.value })} className={`${inputClass} mt-0 w-auto`} aria-label={`Match of prompt ${index + 1}`}>
              <option value="">Choose…</option>
              {choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.id}: {choice.text.slice(0, 40) || '(empty)'}
                </option>
              ))}
            </select>
            <FieldErrors name={`prompts.${index}.match`} errors={errors[`prompts.${index}.match`]} />
          </label>
        )}
      />
      <ListEditor
        legend="Choices (right column; extra ones are distractors)"
        noun="choice"
        name="choices"
        idPrefix="c"
        items={choices}
        onChange={(next: Choice[]) => onChange({ ...entry, choices: next, prompts: prompts.map((p) => ({ ...p, match: String(followIds(p.match, choices, next)) })) })}
        errors={errors}
      />
    </div>
  );
}

function NumericAnswerFields({ entry, onChange, errors }: AnswerFieldsProps) {
  const answer = (entry.answer && typeof entry.answer === 'object' ? entry.answer : {}) as Record<string, unknown>;
  const range = 'min' in answer || 'max' in answer;
  const number = (text: string) => (text.trim() === '' || Number.isNaN(Number(text)) ? text : Number(text));
  const setAnswer = (patch: Record<string, unknown>) => onChange({ ...entry, answer: Object.fromEntries(Object.entries({ ...answer, ...patch }).filter(([, v]) => v !== '')) });
  const numberField = (key: string, label: string) => (
    <Field label={label} name={`answer.${key}`} inputMode="decimal" value={answer[key] === undefined ? '' : String(answer[key])} onChange={(e) => setAnswer({ [key]: number(e.target.value) })} errors={errors[`answer.${key}`]} />
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
        <Field label="Unit" name="unit" value={typeof entry.unit === 'string' ? entry.unit : ''} onChange={(e) => onChange(withField(entry, 'unit', e.target.value))} placeholder="e.g. hosts" errors={errors.unit} />
      </div>
      <FieldErrors name="answer" errors={errors.answer} />
    </fieldset>
  );
}
