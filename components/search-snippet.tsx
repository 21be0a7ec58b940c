import { highlightEnd, highlightStart } from '@/lib/lessons/search';

/** Renders a snippet's highlight markers as <mark>; the text itself is never parsed as HTML. */
export function SearchSnippet({ text }: { text: string }) {
  const parts = text.split(highlightStart);
  return (
    <>
      {parts[0]}
      {parts.slice(1).map((part, i) => {
        const [marked, rest] = part.split(highlightEnd);
        return (
          <span key={i}>
            <mark className="rounded bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700/60">{marked}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}
