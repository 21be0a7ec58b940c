'use client';

import { Field, FieldErrors, TextAreaField } from '@/components/ui/field';
import type { EntryErrors } from '@/lib/authoring/questions/check-entry';
import { move, withField, type Entry } from '@/lib/authoring/questions/entry-edit';
import { exhibitKinds, maxExhibits } from '@/lib/questions/types/fields';
import { SelectField } from './select-field';

type Draft = { title: string; kind: string; text: string };

const kindLabels: Record<(typeof exhibitKinds)[number], string> = { cli: 'CLI output (shown exactly, monospace)', markdown: 'Markdown (a table or picture)' };
const small = 'rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-40 dark:border-slate-700 dark:hover:bg-slate-800';

function draftsOf(entry: Entry): Draft[] {
  return Array.isArray(entry.exhibits)
    ? entry.exhibits.map((e) => {
        const raw = (e ?? {}) as Record<string, unknown>;
        return { title: String(raw.title ?? ''), kind: String(raw.kind ?? 'cli'), text: String(raw.text ?? '') };
      })
    : [];
}

/** The question's exhibits: what the learner opens beside the question (device output, a table). */
export function ExhibitsEditor({ entry, onChange, errors }: { entry: Entry; onChange: (entry: Entry) => void; errors: EntryErrors }) {
  const exhibits = draftsOf(entry);
  const set = (next: Draft[]) => onChange(withField(entry, 'exhibits', next));
  const update = (index: number, patch: Partial<Draft>) => set(exhibits.map((e, i) => (i === index ? { ...e, ...patch } : e)));
  return (
    <fieldset className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <legend className="px-1 text-sm font-semibold">Exhibits</legend>
      {exhibits.length === 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          None. Add one when the question refers to device output such as <code>show ip interface brief</code>, or to a table.
        </p>
      )}
      <ol className="space-y-3">
        {exhibits.map((exhibit, index) => {
          const at = `exhibits.${index}`;
          return (
            <li key={index} className="space-y-2 rounded-md bg-slate-50 p-2 dark:bg-slate-900/60">
              <div className="grid gap-2 sm:grid-cols-2">
                <Field
                  label={`Exhibit ${index + 1} title`}
                  name={`${at}.title`}
                  value={exhibit.title}
                  onChange={(e) => update(index, { title: e.target.value })}
                  errors={errors[`${at}.title`]}
                />
                <SelectField
                  label={`Exhibit ${index + 1} kind`}
                  id={`${at}.kind`}
                  value={exhibit.kind}
                  onChange={(e) => update(index, { kind: e.target.value })}
                  options={exhibitKinds.map((kind) => ({ id: kind, label: kindLabels[kind] }))}
                  errors={errors[`${at}.kind`]}
                />
              </div>
              <TextAreaField
                label={`Exhibit ${index + 1} text`}
                name={`${at}.text`}
                value={exhibit.text}
                onChange={(e) => update(index, { text: e.target.value })}
                errors={errors[`${at}.text`]}
                rows={6}
                spellCheck={false}
                className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm whitespace-pre shadow-sm dark:border-slate-700 dark:bg-slate-900"
              />
              <div className="flex gap-1">
                <button type="button" className={small} disabled={index === 0} onClick={() => set(move(exhibits, index, index - 1))}>
                  Move exhibit {index + 1} up
                </button>
                <button type="button" className={small} onClick={() => set(exhibits.filter((_, i) => i !== index))}>
                  Remove exhibit {index + 1}
                </button>
              </div>
              <FieldErrors name={at} errors={errors[at]} />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className={`${small} mt-3`}
        disabled={exhibits.length >= maxExhibits}
        onClick={() => set([...exhibits, { title: '', kind: 'cli', text: '' }])}
      >
        + Add exhibit
      </button>
      <FieldErrors name="exhibits" errors={errors.exhibits} />
    </fieldset>
  );
}
