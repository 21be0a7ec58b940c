import type { Metadata } from 'next';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { safeReturnPath } from '@/lib/auth/return-path';
import { pageQuery } from '@/lib/http/page-input';

export const metadata: Metadata = { title: 'Create an account' };

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export default async function SignUpPage({ searchParams }: Props) {
  const { callbackUrl } = await pageQuery(searchParams);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold tracking-tight">Create your account</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">Free. Track lessons, practise questions and review on schedule.</p>
      <div className="mt-6">
        {/* A newcomer with nowhere in particular to go is asked about their exam first. */}
        <SignUpForm returnTo={safeReturnPath(callbackUrl, '/welcome')} />
      </div>
    </div>
  );
}
