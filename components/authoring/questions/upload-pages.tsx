'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import type { UploadPage } from '@/lib/authoring/questions/upload-page';
import { QuestionPreview } from './question-preview';
import { replyOf } from './send-upload';

/** An upload's questions a page at a time, each fetched when asked for, so no answer is ever megabytes. */
export function UploadPages({ uploadId, first }: { uploadId: string; first: UploadPage }) {
  const [page, setPage] = useState(first);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async (number: number) => {
    setLoading(true);
    setError(null);
    const response = await fetch(`/api/author/question-uploads?${new URLSearchParams({ id: uploadId, page: String(number) })}`).catch(() => null);
    const reply = response
      ? replyOf<UploadPage>(response.status, await response.text())
      : { ok: false as const, message: 'Could not reach the server. Check your connection and try again.' };
    setLoading(false);
    if (reply.ok) {
      setPage(reply.data);
      document.getElementById('upload-page-heading')?.focus();
    } else setError(reply.message);
  };

  const pager = page.pages > 1 && (
    <nav aria-label="Pages of the preview" className="flex flex-wrap items-center gap-3">
      <Button type="button" variant="secondary" onClick={() => open(page.number - 1)} disabled={loading || page.number <= 1}>
        ← Previous page
      </Button>
      <Button type="button" variant="secondary" onClick={() => open(page.number + 1)} disabled={loading || page.number >= page.pages}>
        Next page →
      </Button>
      {loading && <span className="text-sm text-slate-500 dark:text-slate-400">Loading…</span>}
    </nav>
  );

  return (
    <div className="space-y-4">
      <h3 id="upload-page-heading" tabIndex={-1} className="text-lg font-semibold outline-none">
        Page {page.number} of {page.pages}
      </h3>
      {pager}
      <FormStatus message={error} tone="error" />
      <ol className="space-y-6" aria-busy={loading}>
        {page.questions.map((q) => (
          <li key={q.id}>
            <p className="mb-2 text-sm break-all text-slate-500 dark:text-slate-400">
              Line {q.line} · <span className="font-mono">{q.id}</span> · {q.type}
            </p>
            <QuestionPreview preview={q.preview} />
          </li>
        ))}
      </ol>
      {pager}
    </div>
  );
}
