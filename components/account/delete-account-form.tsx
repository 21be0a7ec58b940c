'use client';

import { signOut } from 'next-auth/react';
import { useState, type FormEvent } from 'react';
import { deleteAccountAction } from '@/app/account/actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useAction } from '@/components/use-action';

export function DeleteAccountForm({ email }: { email: string }) {
  const remove = useAction(deleteAccountAction);
  const [typed, setTyped] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    remove.run({ confirmEmail: typed }, () => signOut({ callbackUrl: '/?account=deleted' }));
  }

  return (
    <form onSubmit={submit} className="max-w-sm space-y-4" noValidate>
      <Field
        label={`Type ${email} to confirm`}
        name="confirmEmail"
        autoComplete="off"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        errors={remove.errors.confirmEmail}
      />
      <FormStatus message={remove.errors.confirmEmail ? null : remove.error} tone="error" />
      <Button type="submit" variant="danger" disabled={remove.pending || typed.trim().toLowerCase() !== email}>
        {remove.pending ? 'Deleting…' : 'Delete my account and data'}
      </Button>
    </form>
  );
}
