'use client';

import { FieldErrors, inputClass } from '@/components/ui/field';
import { followIds, listOf, type Choice } from '@/lib/authoring/questions/entry-edit';
import { ListEditor } from '../list-editor';
import type { AnswerFieldsProps } from './props';

/** Prompts with their match, and the choices (extra ones are distractors); renaming a choice moves its matches. */
export function MatchingLists({ entry, onChange, errors }: AnswerFieldsProps) {
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
            <select
              value={prompt.match ?? ''}
              onChange={(e) => update({ match: e.target.value })}
              className={`${inputClass} mt-0 w-auto`}
              aria-label={`Match of prompt ${index + 1}`}
            >
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
        onChange={(next: Choice[]) =>
          onChange({ ...entry, choices: next, prompts: prompts.map((p) => ({ ...p, match: String(followIds(p.match, choices, next)) })) })
        }
        errors={errors}
      />
    </div>
  );
}
