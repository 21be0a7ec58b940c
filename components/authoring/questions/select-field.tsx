import type { SelectHTMLAttributes } from 'react';
import { FieldErrors, inputClass } from '@/components/ui/field';

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  id: string;
  options: Array<{ id: string; label: string }>;
  errors?: string[];
  className?: string;
};

/** A select named by its own label only (a wrapping label would add the chosen option to its name). */
export function SelectField({ label, id, options, errors, className = '', children, ...select }: SelectFieldProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} aria-invalid={errors?.length ? true : undefined} className={inputClass} {...select}>
        {children}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors name={id} errors={errors} />
    </div>
  );
}
