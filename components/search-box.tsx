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
    <form role="search" action="/search" className="min-w-0 flex-1 sm:max-w-xs">
      <label htmlFor="site-search" className="sr-only">
        Search lessons
      </label>
      <input
        ref={input}
        id="site-search"
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder="Search lessons  ( / )"
        aria-keyshortcuts="/"
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm placeholder:text-slate-400 dark:border-slate-700 dark:bg-slate-900"
      />
    </form>
  );
}
