'use client';

import Link from 'next/link';
import { useDismissable } from '@/components/ui/use-dismissable';
import { useSession } from 'next-auth/react';
import { mainLinks } from './main-links';

const itemClass = 'block rounded-md px-3 py-2 text-base hover:bg-slate-100 dark:hover:bg-slate-800';

/**
 * The main sections on a phone, where the header has no room for them. Signed in, the account
 * menu lists them already; signed out it is the only way around, with sign-in and sign-up.
 */
export function MobileNav() {
  const { status } = useSession();
  const { open, setOpen, root } = useDismissable<HTMLDivElement>();

  if (status !== 'unauthenticated') return null;
  return (
    <div ref={root} className="sm:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="mobile-nav"
        onClick={() => setOpen(!open)}
        className="flex size-9 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round">
          {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 5h14M3 10h14M3 15h14" />}
        </svg>
        <span className="sr-only">Menu</span>
      </button>
      {open && (
        <nav
          id="mobile-nav"
          aria-label="Main"
          className="absolute inset-x-0 top-full border-b border-slate-200 bg-white p-2 shadow-lg dark:border-slate-800 dark:bg-slate-950"
        >
          <ul>
            {mainLinks.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={itemClass} onClick={() => setOpen(false)}>
                  {link.label}
                </Link>
              </li>
            ))}
            <li className="mt-1 border-t border-slate-200 pt-1 dark:border-slate-800">
              <Link href="/signin" className={itemClass} onClick={() => setOpen(false)}>
                Sign in
              </Link>
            </li>
            <li>
              <Link href="/signup" className={itemClass} onClick={() => setOpen(false)}>
                Create an account
              </Link>
            </li>
          </ul>
        </nav>
      )}
    </div>
  );
}
