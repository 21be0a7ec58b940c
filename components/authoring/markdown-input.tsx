'use client';

import dynamic from 'next/dynamic';

// CodeMirror measures the DOM as it starts, so it is never rendered on the server.
const MarkdownCodeMirror = dynamic(() => import('./markdown-codemirror'), {
  ssr: false,
  loading: () => <div className="h-[28rem] animate-pulse bg-slate-100 dark:bg-slate-900" aria-label="Loading the editor" />,
});

export function MarkdownInput({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  return (
    <div className="overflow-hidden rounded-md border border-slate-300 text-sm dark:border-slate-700">
      <MarkdownCodeMirror value={value} onChange={onChange} />
    </div>
  );
}
