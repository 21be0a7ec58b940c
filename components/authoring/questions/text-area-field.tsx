import { FieldErrors } from '@/components/ui/field';

type TextAreaFieldProps = { label: string; name: string; value: string; onChange: (value: string) => void; errors?: string[]; hint?: string; rows?: number };

const box =
  'mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid]:border-red-600 dark:border-slate-700 dark:bg-slate-900';

/** A labelled Markdown textarea with its errors next to it. */
export function TextAreaField({ label, name, value, onChange, errors, hint, rows = 3 }: TextAreaFieldProps) {
  const describedBy = [hint && `${name}-hint`, errors?.length && `${name}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={name}
        name={name}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className={box}
      />
      {hint && (
        <p id={`${name}-hint`} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      )}
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}

export const inputBox = box.replace('font-mono text-sm', 'text-sm');
