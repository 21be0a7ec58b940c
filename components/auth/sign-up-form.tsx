'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useState, type FormEvent } from 'react';
import { signUpAction } from '@/app/signup/actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useAction } from '@/components/use-action';

export function SignUpForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const signUp = useAction(signUpAction);
  const [signInError, setSignInError] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const credentials = { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') };
    setSignInError(null);
    signUp.run({ ...credentials, name: String(form.get('name') ?? '') || undefined }, async () => {
      const result = await signIn('credentials', { ...credentials, redirect: false });
      if (!result?.ok) {
        setSignInError(result?.error && result.error !== 'CredentialsSignin' ? result.error : 'Wrong email or password.');
        return;
      }
      router.replace(returnTo);
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <Field label="Name (optional)" name="name" autoComplete="name" errors={signUp.errors.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required errors={signUp.errors.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint="At least 10 characters. A short sentence is easy to remember and hard to guess."
        errors={signUp.errors.password}
      />
      <FormStatus message={signInError ?? (signUp.errors.email || signUp.errors.password ? null : signUp.error)} tone="error" />
      <Button type="submit" disabled={signUp.pending} className="w-full">
        {signUp.pending ? 'Creating your account…' : 'Create account'}
      </Button>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Already have an account?{' '}
        <Link href={`/signin?callbackUrl=${encodeURIComponent(returnTo)}`} className="font-medium text-brand-700 underline dark:text-brand-100">
          Sign in
        </Link>
      </p>
    </form>
  );
}
