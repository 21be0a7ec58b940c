'use client';

import type { ReactNode } from 'react';
import { FieldErrors, inputClass } from '@/components/ui/field';
import { freeId, move, type Choice } from '@/lib/authoring/questions/entry-edit';
import type { EntryErrors } from '@/lib/authoring/questions/check-entry';

type ListEditorProps = {
  /** "Options", "Items in the correct order", … */
  legend: string;
  /** Singular, for button names: "option". */
  noun: string;
  /** The entry key, which is also the prefix of its error paths ("options.1.text"). */
  name: string;
  items: Choice[];
  onChange: (items: Choice[]) => void;
  errors: EntryErrors;
  idPrefix?: string;
  /** Extra controls of one row (correct answer, feedback, match…). */
  extra?: (item: Choice, index: number, update: (patch: Partial<Choice>) => void) => ReactNode;
  /** Errors about the list as a whole that belong next to it (e.g. "answer"). */
  listErrors?: string[];
};

const small = 'rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-40 dark:border-slate-700 dark:hover:bg-slate-800';

/** Add, remove, reorder and edit the entries of a list field, each with its errors inline. */
export function ListEditor({ legend, noun, name, items, onChange, errors, idPrefix, extra, listErrors }: ListEditorProps) {
  const update = (index: number, patch: Partial<Choice>) => onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const label = (item: Choice, index: number) => `${noun} ${index + 1}${item.id ? ` (${item.id})` : ''}`;
  return (
    <fieldset className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      <ol className="space-y-3">
        {items.map((item, index) => (
          <li key={index} className="rounded-md bg-slate-50 p-2 dark:bg-slate-900/60">
            <div className="flex flex-wrap items-start gap-2">
              <div className="w-20">
                <label htmlFor={`${name}.${index}.id`} className="sr-only">
                  Id of {label(item, index)}
                </label>
                <input
                  id={`${name}.${index}.id`}
                  value={item.id}
                  onChange={(e) => update(index, { id: e.target.value })}
                  className={`${inputClass} mt-0 font-mono`}
                  aria-invalid={errors[`${name}.${index}.id`] ? true : undefined}
                />
              </div>
              <div className="min-w-0 flex-1 basis-48">
                <label htmlFor={`${name}.${index}.text`} className="sr-only">
                  Text of {label(item, index)}
                </label>
                <textarea
                  id={`${name}.${index}.text`}
                  rows={1}
                  // Grows with its text where the browser supports it; one row otherwise.
                  style={{ fieldSizing: 'content' }}
                  value={item.text}
                  placeholder={`${noun[0].toUpperCase()}${noun.slice(1)} text (Markdown)`}
                  onChange={(e) => update(index, { text: e.target.value })}
                  className={`${inputClass} mt-0`}
                  aria-invalid={errors[`${name}.${index}.text`] ? true : undefined}
                />
              </div>
              <div className="flex gap-1">
                <button
                  type="button"
                  className={small}
                  disabled={index === 0}
                  onClick={() => onChange(move(items, index, index - 1))}
                  aria-label={`Move ${label(item, index)} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className={small}
                  disabled={index === items.length - 1}
                  onClick={() => onChange(move(items, index, index + 1))}
                  aria-label={`Move ${label(item, index)} down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className={small}
                  onClick={() => onChange(items.filter((_, i) => i !== index))}
                  aria-label={`Remove ${label(item, index)}`}
                >
                  ✕
                </button>
              </div>
            </div>
            {extra?.(item, index, (patch) => update(index, patch))}
            <FieldErrors
              name={`${name}.${index}`}
              errors={[...(errors[`${name}.${index}.id`] ?? []), ...(errors[`${name}.${index}.text`] ?? []), ...(errors[`${name}.${index}`] ?? [])]}
            />
          </li>
        ))}
      </ol>
      <button type="button" className={`${small} mt-3`} onClick={() => onChange([...items, { id: freeId(items, idPrefix), text: '' }])}>
        + Add {noun}
      </button>
      <FieldErrors name={name} errors={[...(errors[name] ?? []), ...(listErrors ?? [])]} />
    </fieldset>
  );
}
