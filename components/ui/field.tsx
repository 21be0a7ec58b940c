import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';

type Labelled = { label: string; name: string; errors?: string[]; hint?: string };
type FieldProps = InputHTMLAttributes<HTMLInputElement> & Labelled;
type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & Labelled;

/** The look of every text control, for the few built without Field. */
export const inputClass =
  'mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid]:border-red-600 dark:border-slate-700 dark:bg-slate-900';

/** The aria attributes that tie a control to its hint and errors. */
function described({ name, errors, hint }: Labelled) {
  return {
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': [hint && `${name}-hint`, errors?.length && `${name}-error`].filter(Boolean).join(' ') || undefined,
  };
}

function FieldFrame({ label, name, errors, hint, children }: Labelled & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${name}-hint`} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      )}
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}

/** A labelled input with its hint and errors wired to aria-describedby. */
export function Field({ label, name, errors, hint, ...input }: FieldProps) {
  return (
    <FieldFrame label={label} name={name} errors={errors} hint={hint}>
      <input id={name} name={name} {...described({ label, name, errors, hint })} className={inputClass} {...input} />
    </FieldFrame>
  );
}

/** Field for text of several lines. */
export function TextAreaField({ label, name, errors, hint, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} name={name} errors={errors} hint={hint}>
      <textarea id={name} name={name} {...described({ label, name, errors, hint })} className={inputClass} {...textarea} />
    </FieldFrame>
  );
}

/** A field's error messages, with the id its input's aria-describedby points at. */
export function FieldErrors({ name, errors }: { name: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={`${name}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
      {errors.join(' ')}
    </p>
  );
}
