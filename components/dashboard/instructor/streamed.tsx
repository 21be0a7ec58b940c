import type { ReactNode } from 'react';

/** Renders a section once its data promise settles; pages wrap it in Suspense with a skeleton. */
export async function Streamed<Data>({ data, children }: { data: Promise<Data>; children: (value: Data) => ReactNode }) {
  return children(await data);
}
