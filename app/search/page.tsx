import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { text } from '@/lib/http/input';
import { SearchSnippet } from '@/components/search-snippet';
import { db } from '@/lib/db/client';
import { searchLessons } from '@/lib/lessons/search';
import { pageQuery } from '@/lib/http/page-input';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Search' };

const searchParamsSchema = z.object({ q: text.max(200).catch('').default('') });

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { q } = searchParamsSchema.parse(await pageQuery(searchParams));
  const hits = await searchLessons(db(), q);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Search</h1>
      <form action="/search" className="mt-4 flex gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          Search lessons
        </label>
        <input
          id="search-page-q"
          type="search"
          name="q"
          defaultValue={q}
          className="flex-1 rounded-md border border-slate-300 px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
        />
        <button className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">Search</button>
      </form>
      {!q ? (
        <p className="mt-6 text-slate-600 dark:text-slate-300">
          Type a word or phrase, such as “hypervisor” or “&quot;distributed switch&quot;”. Use OR between alternatives and -word to exclude.
        </p>
      ) : hits.length === 0 ? (
        <p className="mt-6 text-slate-600 dark:text-slate-300">No lesson mentions “{q}”. Check the spelling, or try a broader term.</p>
      ) : (
        <>
          <p className="mt-6 text-sm text-slate-500 dark:text-slate-400" role="status">
            {hits.length} matching section{hits.length === 1 ? '' : 's'}
          </p>
          <ol className="mt-3 space-y-4">
            {hits.map((hit) => (
              <li key={`${hit.lessonId}#${hit.anchor}`}>
                <Link
                  href={`/lessons/${hit.lessonId}${hit.anchor ? `#${hit.anchor}` : ''}`}
                  className="font-semibold text-brand-700 hover:underline dark:text-brand-100"
                >
                  {hit.heading}
                </Link>
                {hit.anchor && <span className="ml-2 text-sm text-slate-500 dark:text-slate-400">in {hit.lessonTitle}</span>}
                <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                  <SearchSnippet text={hit.snippet} />
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
