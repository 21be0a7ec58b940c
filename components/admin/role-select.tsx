'use client';

import { useState } from 'react';
import { setRoleAction } from '@/app/admin/users/actions';
import { useAction } from '@/components/use-action';
import type { Role } from '@/lib/auth/roles';

const options: Array<{ value: Role; label: string }> = [
  { value: 'LEARNER', label: 'Learner' },
  { value: 'INSTRUCTOR', label: 'Instructor' },
  { value: 'ADMIN', label: 'Admin' },
];

export function RoleSelect({ userId, email, role }: { userId: string; email: string; role: Role }) {
  const change = useAction(setRoleAction);
  const [value, setValue] = useState(role);
  return (
    <div>
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role of {email}
      </label>
      <select
        id={`role-${userId}`}
        value={value}
        disabled={change.pending}
        onChange={(event) => {
          const next = event.target.value as Role;
          const previous = value;
          setValue(next);
          // The server may refuse (e.g. removing your own admin role); then show the role it kept.
          change.run({ userId, role: next }, undefined, () => setValue(previous));
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {change.error && (
        <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">
          {change.error}
        </p>
      )}
    </div>
  );
}
