'use client';

import { useRouter } from 'next/navigation';
import { useState, type DragEvent } from 'react';
import { confirmLessonUploadAction, previewLessonUploadAction } from '@/app/author/upload/lesson/actions';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useAction } from '@/components/use-action';
import { LessonPreviewPane } from './lesson-preview-pane';

const maxBytes = 500_000;

/** Pick or drop a .md file, see what it would become, then save it as a draft or publish it. */
export function LessonUpload() {
  const router = useRouter();
  const [file, setFile] = useState<{ fileName: string; text: string } | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const preview = useAction(previewLessonUploadAction);
  const confirm = useAction(confirmLessonUploadAction);

  const load = async (picked: File | undefined) => {
    setReadError(null);
    if (!picked) return;
    if (!picked.name.toLowerCase().endsWith('.md')) return setReadError(`${picked.name} is not a .md file.`);
    if (picked.size > maxBytes) return setReadError(`${picked.name} is larger than 500 KB; split it into several lessons.`);
    const next = { fileName: picked.name, text: await picked.text() };
    setFile(next);
    preview.run(next);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void load(event.dataTransfer.files[0]);
  };
  const save = (publish: boolean) => {
    if (!file) return;
    confirm.run({ ...file, publish }, (saved) =>
      router.push(saved.lessonId ? `/author/lessons/${saved.lessonId}` : `/author/lessons/new?draft=${saved.draftId}`),
    );
  };
  const data = preview.result?.ok ? preview.result.data : null;
  const errors = data?.problems.filter((p) => p.severity === 'error') ?? [];

  return (
    <div className="space-y-6">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        className={`rounded-lg border-2 border-dashed p-8 text-center ${dragging ? 'border-brand-600 bg-brand-50 dark:bg-slate-900' : 'border-slate-300 dark:border-slate-700'}`}
      >
        <label htmlFor="lesson-file" className="block font-medium">
          Drop a .md lesson file here, or choose one
        </label>
        <input
          id="lesson-file"
          type="file"
          accept=".md,text/markdown"
          className="mx-auto mt-3 block text-sm"
          onChange={(e) => void load(e.target.files?.[0])}
        />
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">Nothing is saved until you confirm below.</p>
      </div>
      <FormStatus tone="error" message={readError ?? preview.error} />
      {preview.pending && <p role="status">Checking {file?.fileName}…</p>}
      {data && file && (
        <section aria-label="What will be created" className="space-y-4">
          {data.summary ? (
            <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">Title</dt>
              <dd>{data.summary.title}</dd>
              <dt className="font-semibold">Id</dt>
              <dd className="font-mono">{data.summary.id}</dd>
              <dt className="font-semibold">Chapter</dt>
              <dd className="font-mono">
                {data.summary.chapterId}, order {data.summary.order}
              </dd>
              <dt className="font-semibold">Objectives</dt>
              <dd>
                <ul className="list-disc pl-5">
                  {data.summary.objectives.map((o) => (
                    <li key={o}>{o}</li>
                  ))}
                </ul>
              </dd>
              {data.replaces && (
                <>
                  <dt className="font-semibold">Replaces</dt>
                  <dd>the published lesson “{data.replaces}” (its history keeps the current version)</dd>
                </>
              )}
            </dl>
          ) : (
            <p role="alert" className="text-red-700 dark:text-red-400">
              {file.fileName} cannot be saved yet: {errors.length} problem{errors.length === 1 ? '' : 's'} to fix first.
            </p>
          )}
          {errors.length > 0 && (
            <ul className="list-disc pl-5 font-mono text-sm text-red-700 dark:text-red-400" aria-label="Problems by line">
              {errors.map((p) => (
                <li key={p.text}>{p.text}</li>
              ))}
            </ul>
          )}
          {data.summary && (
            <div className="flex flex-wrap gap-2">
              <Button type="button" onClick={() => save(false)} disabled={confirm.pending}>
                Save as draft
              </Button>
              <Button type="button" variant="secondary" onClick={() => save(true)} disabled={confirm.pending}>
                Publish now
              </Button>
            </div>
          )}
          <FormStatus tone="error" message={confirm.error} />
          <LessonPreviewPane preview={data} pending={false} />
        </section>
      )}
    </div>
  );
}
