'use client';

import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import type { UploadedImage } from '@/lib/media/upload-image';
import { replyOf } from './questions/send-upload';

const accepted = 'image/png,image/jpeg,image/webp,image/svg+xml';

/**
 * Uploads one image with its alt text and hands back the Markdown that shows it. The server
 * decides what the file is from its bytes; `accept` only narrows the file picker.
 */
export function ImageUpload({ onInsert }: { onInsert: (markdown: string) => void }) {
  const id = useId();
  const [status, setStatus] = useState<{ tone: 'error' | 'success'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get('image');
    const alt = String(data.get('alt') ?? '')
      .replace(/[[\]\n]/g, ' ')
      .trim();
    if (!(file instanceof File) || file.size === 0) return setStatus({ tone: 'error', message: 'Choose an image file.' });
    if (!alt) return setStatus({ tone: 'error', message: 'Describe the image for readers who cannot see it.' });
    setBusy(true);
    setStatus(null);
    const response = await fetch('/api/author/images', { method: 'POST', body: file }).catch(() => null);
    const reply = response
      ? replyOf<UploadedImage>(response.status, await response.text())
      : { ok: false as const, message: 'Could not reach the server; try again.' };
    setBusy(false);
    if (!reply.ok) return setStatus({ tone: 'error', message: reply.message });
    onInsert(`![${alt}](${reply.data.url})`);
    form.reset();
    setStatus({ tone: 'success', message: `Inserted the ${reply.data.width}×${reply.data.height} image at the end of the text.` });
  };

  return (
    <details className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800">
      <summary className="cursor-pointer font-medium">Insert an image</summary>
      <form onSubmit={(event) => void submit(event)} className="mt-3 flex flex-wrap items-end gap-3">
        <div className="min-w-0">
          <label htmlFor={`${id}-file`} className="block font-medium">
            Image <span className="font-normal text-slate-600 dark:text-slate-400">(PNG, JPEG, WebP or SVG, up to 2 MB)</span>
          </label>
          <input id={`${id}-file`} name="image" type="file" accept={accepted} required className="mt-1 block w-full max-w-full text-sm" />
        </div>
        <div className="min-w-0 flex-1 basis-48">
          <label htmlFor={`${id}-alt`} className="block font-medium">
            What it shows <span className="font-normal text-slate-600 dark:text-slate-400">(alt text)</span>
          </label>
          <input
            id={`${id}-alt`}
            name="alt"
            required
            maxLength={300}
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
          />
        </div>
        <Button type="submit" variant="secondary" disabled={busy}>
          {busy ? 'Uploading…' : 'Upload and insert'}
        </Button>
      </form>
      {status && <FormStatus tone={status.tone} message={status.message} />}
    </details>
  );
}
