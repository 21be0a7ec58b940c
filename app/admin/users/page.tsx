import type { Metadata } from 'next';
import { RoleSelect } from '@/components/admin/role-select';
import { listAccounts } from '@/lib/auth/accounts';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { db } from '@/lib/db/client';
import { pageQuery } from '@/lib/http/page-input';
import { formatDate } from '@/lib/format/dates';
import { requestDates } from '@/lib/format/request-dates';

export const metadata: Metadata = { title: 'Users and roles' };

type Props = { searchParams: Promise<{ q?: string }> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const dates = await requestDates();
  await requirePageViewer('admin', '/admin/users');
  const { q } = await pageQuery(searchParams);
  const users = await listAccounts(db(), { search: q?.trim() || undefined });
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Users and roles</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-300">
        Instructors can create cohorts and see their learners; admins can also change roles. New accounts are learners.
      </p>
      <form className="mt-6 flex max-w-md gap-2" role="search">
        <label htmlFor="user-search" className="sr-only">
          Search by email
        </label>
        <input
          id="user-search"
          name="q"
          defaultValue={q}
          placeholder="Search by email"
          className="w-full rounded-md border border-slate-300 px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
        />
        <button className="rounded-md border border-slate-300 px-3 py-2 text-sm font-semibold dark:border-slate-700">Search</button>
      </form>
      {users.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700">
          No account matches “{q}”. Accounts are created by signing up, or with <code>npm run user:create</code>.
        </p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400">
              <tr>
                <th className="py-2 pr-4 font-medium">Email</th>
                <th className="py-2 pr-4 font-medium">Name</th>
                <th className="py-2 pr-4 font-medium">Joined</th>
                <th className="py-2 font-medium">Role</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {users.map((user) => (
                <tr key={user.id}>
                  <td className="break-all py-2 pr-4">{user.email}</td>
                  <td className="py-2 pr-4">{user.name ?? '—'}</td>
                  <td className="whitespace-nowrap py-2 pr-4">{formatDate(user.createdAt, 'date', dates)}</td>
                  <td className="py-2">
                    <RoleSelect userId={user.id} email={user.email} role={user.role} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
