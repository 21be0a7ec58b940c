'use client';

import Link from 'next/link';
import { useDismissable } from '@/components/ui/use-dismissable';
import { signOut, useSession } from 'next-auth/react';

const itemClass = 'block w-full rounded px-3 py-2 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800';

export function UserMenu() {
  const { data: session, status } = useSession();
  const { open, setOpen, root: menu } = useDismissable<HTMLDivElement>();

  if (status === 'loading') return <span className="inline-block h-8 w-16 animate-pulse rounded bg-slate-100 dark:bg-slate-800" aria-hidden />;
  if (!session) {
    return (
      <Link href="/signin" className="whitespace-nowrap rounded-md px-2 py-1 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800">
        Sign in
      </Link>
    );
  }
  const { role, name, email } = session.user;
  return (
    <div ref={menu} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-haspopup="true"
        onClick={() => setOpen(!open)}
        className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-700 text-sm font-semibold uppercase text-white"
        title={email}
      >
        <span aria-hidden>{(name || email).slice(0, 1)}</span>
        <span className="sr-only">Account menu for {name || email}</span>
      </button>
      {open && (
        <div className="absolute right-0 mt-2 w-56 rounded-lg border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <p className="truncate px-3 py-2 text-xs text-slate-500 dark:text-slate-400">{email}</p>
          <Link href="/dashboard" className={itemClass} onClick={() => setOpen(false)}>
            Dashboard
          </Link>
          <Link href="/review" className={itemClass} onClick={() => setOpen(false)}>
            Review
          </Link>
          <Link href="/practice" className={itemClass} onClick={() => setOpen(false)}>
            Practice
          </Link>
          <Link href="/drill" className={itemClass} onClick={() => setOpen(false)}>
            Drill
          </Link>
          <Link href="/exam" className={itemClass} onClick={() => setOpen(false)}>
            Exam simulation
          </Link>
          <Link href="/cohorts" className={itemClass} onClick={() => setOpen(false)}>
            My cohorts
          </Link>
          {role !== 'LEARNER' && (
            <>
              <Link href="/instructor" className={itemClass} onClick={() => setOpen(false)}>
                Teaching
              </Link>
              <Link href="/author" className={itemClass} onClick={() => setOpen(false)}>
                Authoring
              </Link>
            </>
          )}
          {role === 'ADMIN' && (
            <Link href="/admin/users" className={itemClass} onClick={() => setOpen(false)}>
              Users and roles
            </Link>
          )}
          <Link href="/account" className={itemClass} onClick={() => setOpen(false)}>
            Account
          </Link>
          <button type="button" className={itemClass} onClick={() => signOut({ callbackUrl: '/' })}>
            Sign out
          </button>
        </div>
      )}
    </div>
  );
}
