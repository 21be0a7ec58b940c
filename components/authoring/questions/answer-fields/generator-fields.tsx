'use client';

import { FieldErrors } from '@/components/ui/field';
import { withField } from '@/lib/authoring/questions/entry-edit';
import { generatorNames, isGeneratorName } from '@/lib/questions/generators';
import { paramFields, paramLabel, type ParamField } from '@/lib/questions/generators/param-fields';
import type { AnswerFieldsProps } from './props';

type Params = Record<string, unknown>;

/** The generator and a form for its params, built from the generator's schema, which also checks them. */
export function GeneratorFields({ entry, onChange, errors }: AnswerFieldsProps) {
  const generator = String(entry.generator ?? '');
  const params: Params = typeof entry.params === 'object' && entry.params !== null ? (entry.params as Params) : {};
  const fields = isGeneratorName(generator) ? paramFields(generator) : [];
  const setParam = (key: string, value: unknown) => onChange(withField(entry, 'params', { ...params, [key]: value }));
  // Params of one generator mean nothing to another, so a new pick starts from its defaults.
  const pickGenerator = (name: string) => onChange(withField(withField(entry, 'params', undefined), 'generator', name));
  const errorsOf = (key: string) =>
    Object.entries(errors)
      .filter(([path]) => path === `params.${key}` || path.startsWith(`params.${key}.`))
      .flatMap(([, messages]) => messages);

  return (
    <fieldset className="grid gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <legend className="px-1 text-sm font-semibold">Generator</legend>
      <label className="grid gap-1 text-sm">
        Generator
        <select
          name="generator"
          value={generator}
          onChange={(e) => pickGenerator(e.target.value)}
          className="rounded border border-slate-300 p-2 dark:border-slate-700 dark:bg-slate-900"
        >
          {generatorNames.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </label>
      <FieldErrors name="generator" errors={errors.generator} />
      {fields.map((field) => (
        <div key={`${generator}.${field.key}`} className="grid gap-1">
          {field.kind === 'range' ? (
            <RangeField
              field={field}
              value={(params[field.key] as [number, number] | undefined) ?? field.defaultValue}
              onChange={(value) => setParam(field.key, value)}
            />
          ) : (
            <ChoicesField
              field={field}
              value={(params[field.key] as Array<string | number> | undefined) ?? field.defaultValue}
              onChange={(value) => setParam(field.key, value)}
            />
          )}
          <FieldErrors name={`params.${field.key}`} errors={errorsOf(field.key)} />
        </div>
      ))}
      <FieldErrors name="params" errors={errors.params} />
    </fieldset>
  );
}

function RangeField({
  field,
  value,
  onChange,
}: {
  field: Extract<ParamField, { kind: 'range' }>;
  value: [number, number];
  onChange: (value: [number, number]) => void;
}) {
  const input = (index: 0 | 1, label: string) => (
    <label className="grid gap-1 text-xs text-slate-600 dark:text-slate-400">
      {label}
      <input
        type="number"
        name={`params.${field.key}.${index}`}
        min={field.min}
        max={field.max}
        value={value[index]}
        onChange={(e) => onChange(index === 0 ? [e.target.valueAsNumber, value[1]] : [value[0], e.target.valueAsNumber])}
        className="w-24 rounded border border-slate-300 p-2 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      />
    </label>
  );
  return (
    <fieldset className="flex flex-wrap items-end gap-3">
      <legend className="text-sm">
        {paramLabel(field.key)}{' '}
        <span className="text-xs text-slate-500 dark:text-slate-400">
          ({field.min}–{field.max})
        </span>
      </legend>
      {input(0, 'From')}
      {input(1, 'To')}
    </fieldset>
  );
}

function ChoicesField({
  field,
  value,
  onChange,
}: {
  field: Extract<ParamField, { kind: 'choices' }>;
  value: Array<string | number>;
  onChange: (value: Array<string | number>) => void;
}) {
  // Kept in the schema's order, so the saved YAML does not depend on the order of clicks.
  const toggle = (option: string | number, on: boolean) => onChange(field.options.filter((o) => (o === option ? on : value.includes(o))));
  return (
    <fieldset className="grid gap-1">
      <legend className="text-sm">{paramLabel(field.key)}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {field.options.map((option) => (
          <label key={option} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={`params.${field.key}`}
              value={option}
              checked={value.includes(option)}
              onChange={(e) => toggle(option, e.target.checked)}
            />
            {paramLabel(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
