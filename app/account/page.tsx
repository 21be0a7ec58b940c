import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { DeleteAccountForm } from '@/components/account/delete-account-form';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { Section } from '@/components/ui/section';

export const metadata: Metadata = { title: 'Account' };

const roleNames = { LEARNER: 'Learner', INSTRUCTOR: 'Instructor', ADMIN: 'Administrator' } as const;

export default async function AccountPage() {
  const viewer = await requirePageViewer('signed-in', '/account');
  return (
    <div className="max-w-3xl space-y-10">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Account</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-300">
          {viewer.name ? `${viewer.name} · ` : ''}
          {viewer.email} · {roleNames[viewer.role]}
        </p>
      </header>
      <Section id="password" title="Change password">
        <div className="mt-3">
          <ChangePasswordForm email={viewer.email} />
        </div>
      </Section>
      <Section id="data" title="Your data">
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
          A JSON file with everything Netprep stores about you: your account, cohorts, lesson progress and answers.
        </p>
        <a
          href="/api/account/export"
          download
          className="mt-3 inline-block rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Download my data
        </a>
      </Section>
      <section aria-labelledby="delete" className="rounded-lg border border-red-300 p-4 dark:border-red-900">
        <h2 id="delete" className="text-xl font-semibold text-red-800 dark:text-red-300">
          Delete account
        </h2>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
          This removes your account, progress and cohort memberships at once and cannot be undone. Download your data first if you want to keep it.
        </p>
        <div className="mt-3">
          <DeleteAccountForm email={viewer.email} />
        </div>
      </section>
    </div>
  );
}
