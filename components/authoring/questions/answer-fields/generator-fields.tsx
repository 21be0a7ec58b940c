'use client';

import { useState } from 'react';
import { FieldErrors } from '@/components/ui/field';
import { withField } from '@/lib/authoring/questions/entry-edit';
import { generatorNames } from '@/lib/questions/generators';
import type { AnswerFieldsProps } from './props';

/** The generator and its params as JSON; the params are checked by the generator's schema when the entry is checked. */
export function GeneratorFields({ entry, onChange, errors }: AnswerFieldsProps) {
  const [paramsText, setParamsText] = useState(() => JSON.stringify(entry.params ?? {}));
  const [unreadable, setUnreadable] = useState(false);
  const editParams = (text: string) => {
    setParamsText(text);
    try {
      onChange(withField(entry, 'params', JSON.parse(text || '{}')));
      setUnreadable(false);
    } catch {
      setUnreadable(true);
    }
  };
  const paramErrors = Object.entries(errors).filter(([key]) => key === 'params' || key.startsWith('params.'));
  return (
    <fieldset className="grid gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <legend className="px-1 text-sm font-semibold">Generator</legend>
      <label className="grid gap-1 text-sm">
        Generator
        <select name="generator" value={String(entry.generator ?? '')} onChange={(e) => onChange(withField(entry, 'generator', e.target.value))} className="rounded border border-slate-300 p-2 dark:border-slate-700 dark:bg-slate-900">
          {generatorNames.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </label>
      <FieldErrors name="generator" errors={errors.generator} />
      <label className="grid gap-1 text-sm">
        Params (JSON)
        <textarea name="params" rows={3} value={paramsText} onChange={(e) => editParams(e.target.value)} className="rounded border border-slate-300 p-2 font-mono dark:border-slate-700 dark:bg-slate-900" />
      </label>
      {unreadable && <p className="text-sm text-red-700 dark:text-red-400">Not valid JSON yet: the last valid params are kept.</p>}
      {paramErrors.map(([key, messages]) => (
        <FieldErrors key={key} name={key} errors={messages} />
      ))}
    </fieldset>
  );
}
