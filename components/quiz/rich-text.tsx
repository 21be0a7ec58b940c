// Long inline code (an IOS command, an IPv6 address) wraps inside its box instead of widening the
// page; code blocks keep their columns and scroll sideways inside the box.
const inline =
  'block min-w-0 [overflow-wrap:anywhere] [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.9em] dark:[&_code]:bg-slate-800 [&_pre]:my-2 [&_pre]:overflow-x-auto [&_pre]:whitespace-pre [&_pre]:rounded-md [&_pre]:bg-slate-50 [&_pre]:p-2 [&_pre]:[overflow-wrap:normal] dark:[&_pre]:bg-slate-900 [&_pre_code]:bg-transparent [&_pre_code]:p-0';

/** Stem and explanation read like the lesson they come from (.lesson-body: code blocks, callouts). */
const prose = 'lesson-body prose prose-slate max-w-none min-w-0 [overflow-wrap:anywhere] dark:prose-invert';

/**
 * Question HTML (stem, options, items, explanation, option feedback). Every string rendered here
 * was produced on the server by render-question.ts through rehype-sanitize with the lesson schema,
 * so it is injected as is; never pass learner- or URL-supplied text to this component.
 */
export function RichText({ html, variant = 'inline', className = '' }: { html: string; variant?: 'inline' | 'prose'; className?: string }) {
  // A span fits inside labels and buttons; the prose variant holds paragraphs, so it is a div.
  const Tag = variant === 'prose' ? 'div' : 'span';
  return <Tag className={`${variant === 'prose' ? prose : inline} ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
