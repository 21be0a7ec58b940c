import { notFound } from 'next/navigation';
import { pathSegment, text } from './input';

// Long enough for any return path or search a page takes; a longer value is not one of ours.
const queryValue = text.max(2000);

/**
 * A page's dynamic segments, each checked with the shared segment schema. A segment no page could
 * have (a NUL byte, too long) is a 404, like any other unknown id, instead of a failed query.
 */
export async function pageParams<Params extends Record<string, string>>(params: Promise<Params>): Promise<Params> {
  const values = await params;
  for (const value of Object.values(values)) {
    if (!pathSegment.safeParse(value).success) notFound();
  }
  return values;
}

/**
 * A page's query string, one value per name (the first when repeated). A value that fails the
 * shared text schema is dropped, so the page treats it as absent, as it does any unknown filter.
 */
export async function pageQuery<Name extends string>(searchParams: Promise<Partial<Record<Name, string | string[]>>>): Promise<Partial<Record<Name, string>>> {
  const query: Partial<Record<Name, string>> = {};
  for (const [name, raw] of Object.entries(await searchParams) as [Name, string | string[] | undefined][]) {
    const parsed = queryValue.safeParse([raw].flat()[0]);
    if (parsed.success) query[name] = parsed.data;
  }
  return query;
}
