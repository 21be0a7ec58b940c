'use client';

import { useEffect, useState } from 'react';
import type { TocEntry } from '@/lib/lessons/queries';

/** Table of contents that marks the section being read, as the reader scrolls. */
export function LessonToc({ toc }: { toc: TocEntry[] }) {
  const [active, setActive] = useState<string | null>(toc[0]?.id ?? null);

  useEffect(() => {
    const headings = toc.map((entry) => document.getElementById(entry.id)).filter((h): h is HTMLElement => h !== null);
    // The section being read is the last heading that has scrolled above the top fifth of the screen.
    const update = () => {
      const line = window.innerHeight * 0.2;
      const passed = headings.filter((h) => h.getBoundingClientRect().top <= line);
      setActive((passed.at(-1) ?? headings[0])?.id ?? null);
    };
    const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -80% 0px' });
    headings.forEach((h) => observer.observe(h));
    window.addEventListener('hashchange', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('hashchange', update);
    };
  }, [toc]);

  if (toc.length === 0) return null;
  return (
    <nav aria-label="On this page" className="text-sm">
      <p className="mb-2 font-semibold text-slate-900 dark:text-slate-100">On this page</p>
      <ol className="space-y-1 border-l border-slate-200 dark:border-slate-800">
        {toc.map((entry) => (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              aria-current={active === entry.id ? 'location' : undefined}
              className={`-ml-px block border-l-2 py-0.5 ${entry.depth === 3 ? 'pl-6' : 'pl-3'} ${
                active === entry.id
                  ? 'border-brand-500 font-medium text-brand-700 dark:text-brand-100'
                  : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100'
              }`}
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
