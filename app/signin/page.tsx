import type { Metadata } from 'next';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeReturnPath } from '@/lib/auth/return-path';
import { pageQuery } from '@/lib/http/page-input';

export const metadata: Metadata = { title: 'Sign in' };

// Never echo ?error= text: a crafted link could put any message on our sign-in page.
const reflectedErrorMessage = 'Signing in did not work. Please try again.';

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error } = await pageQuery(searchParams);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">Your progress, reviews and cohorts are kept with your account.</p>
      <div className="mt-6">
        <SignInForm returnTo={safeReturnPath(callbackUrl)} initialError={error ? reflectedErrorMessage : null} />
      </div>
    </div>
  );
}
