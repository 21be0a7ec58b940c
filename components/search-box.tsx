'use client';

import { useEffect, useRef } from 'react';

/** Header search; "/" focuses it from anywhere on the page, as on most documentation sites. */
export function SearchBox({ defaultValue = '' }: { defaultValue?: string }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key !== '/' || target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <form role="search" action="/search" className="relative min-w-0 flex-1 sm:max-w-xs">
      <label htmlFor="site-search" className="sr-only">
        Search lessons
      </label>
      <input
        ref={input}
        id="site-search"
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder="Search"
        aria-keyshortcuts="/"
        className="peer w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm placeholder:text-slate-500 sm:pr-8 dark:border-slate-700 dark:bg-slate-900 dark:placeholder:text-slate-400"
      />
      {/* The "/" shortcut as a key cap where there is room for it (a short placeholder fits a phone). */}
      <kbd
        aria-hidden="true"
        className="pointer-events-none absolute right-2 top-1/2 hidden -translate-y-1/2 rounded border border-slate-300 px-1.5 font-sans text-xs text-slate-500 peer-focus:hidden sm:block dark:border-slate-600 dark:text-slate-400"
      >
        /
      </kbd>
    </form>
  );
}
