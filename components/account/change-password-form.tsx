'use client';

import { signIn } from 'next-auth/react';
import { useState, type FormEvent } from 'react';
import { changePasswordAction } from '@/app/account/actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useAction } from '@/components/use-action';

export function ChangePasswordForm({ email }: { email: string }) {
  const change = useAction(changePasswordAction);
  const [done, setDone] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const next = String(data.get('next') ?? '');
    setDone(null);
    change.run({ current: String(data.get('current') ?? ''), next }, async () => {
      // The change signs out every session, this one included; sign straight back in with the new password.
      await signIn('credentials', { email, password: next, redirect: false });
      form.reset();
      setDone('Password changed. Other devices have been signed out.');
    });
  }

  return (
    <form onSubmit={submit} className="max-w-sm space-y-4" noValidate>
      <Field label="Current password" name="current" type="password" autoComplete="current-password" required errors={change.errors.current} />
      <Field
        label="New password"
        name="next"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint="At least 10 characters."
        errors={change.errors.next}
      />
      <FormStatus message={done ?? (Object.keys(change.errors).length ? null : change.error)} tone={done ? 'success' : 'error'} />
      <Button type="submit" disabled={change.pending}>
        {change.pending ? 'Changing…' : 'Change password'}
      </Button>
    </form>
  );
}
