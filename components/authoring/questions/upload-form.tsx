'use client';

import Link from 'next/link';
import { useState, type ChangeEvent } from 'react';
import { confirmQuestionUploadAction } from '@/app/author/upload/questions/actions';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { ProgressBar } from '@/components/ui/progress-bar';
import { useAction } from '@/components/use-action';
import type { UploadPreview } from '@/lib/authoring/questions/upload';
import { SelectField } from './select-field';
import { sendUpload } from './send-upload';
import { UploadPages } from './upload-pages';
import { UploadProblems } from './upload-problems';

type Format = 'gift' | 'aiken' | 'moodle-xml';

const formatLabels: Record<Format, string> = { gift: 'GIFT (Moodle)', aiken: 'Aiken', 'moodle-xml': 'Moodle XML' };
const placeholders: Record<Format, string> = {
  gift: '::my-id::Question text {=right ~wrong}',
  aiken: 'Question text\nA. One\nB. Two\nANSWER: B',
  'moodle-xml': '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n  <question type="truefalse">…</question>\n</quiz>',
};
type Phase = { step: 'idle' } | { step: 'sending'; loaded: number; total: number } | { step: 'reading' };

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** Choose a lesson and a file (or paste), see what would be created and every problem by line, a page at a time, then confirm. */
export function UploadForm({ lessons }: { lessons: Array<{ id: string; label: string }> }) {
  const [lessonId, setLessonId] = useState(lessons[0]?.id ?? '');
  const [format, setFormat] = useState<Format>('gift');
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [preview, setPreview] = useState<UploadPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const confirm = useAction(confirmQuestionUploadAction);
  const busy = phase.step !== 'idle';
  // Any change makes the shown preview stale: only what was previewed can be imported.
  const changed = () => setPreview(null);

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    if (chosen && /\.gift$/i.test(chosen.name)) setFormat('gift');
    else if (chosen && /\.txt$/i.test(chosen.name)) setFormat('aiken');
    else if (chosen && /\.xml$/i.test(chosen.name)) setFormat('moodle-xml');
    changed();
  };
  const runPreview = async () => {
    const body = file ?? new Blob([text], { type: 'text/plain' });
    const query = new URLSearchParams({ lessonId, format, fileName: file?.name ?? 'pasted text' });
    setError(null);
    setPreview(null);
    setPhase({ step: 'sending', loaded: 0, total: body.size });
    const reply = await sendUpload<UploadPreview>(
      `/api/author/question-uploads?${query}`,
      body,
      (loaded, total) => setPhase({ step: 'sending', loaded, total }),
      () => setPhase({ step: 'reading' }),
    );
    setPhase({ step: 'idle' });
    if (reply.ok) setPreview(reply.data);
    else setError(reply.message);
  };

  if (confirm.result?.ok) {
    const { count, as } = confirm.result.data;
    return (
      <div role="status" className="rounded-lg border-l-4 border-green-600 bg-green-50 p-4 dark:bg-green-950/40">
        <p className="font-semibold">
          ✓{' '}
          {as === 'publish'
            ? `Published ${plural(count, 'question')}.`
            : `Saved ${plural(count, 'new question draft')}; learners see them once you publish each.`}
        </p>
        <p className="mt-2">
          <Link href={`/author/questions?lesson=${lessonId}`} className="font-medium underline">
            See the lesson’s questions
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Lesson" id="lessonId" value={lessonId} onChange={(e) => (setLessonId(e.target.value), changed())} options={lessons} />
        <fieldset className="text-sm">
          <legend className="font-medium">Format</legend>
          <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
            {(['gift', 'aiken', 'moodle-xml'] as const).map((f) => (
              <label key={f} className="flex items-center gap-2">
                <input type="radio" name="format" value={f} checked={format === f} onChange={() => (setFormat(f), changed())} />
                {formatLabels[f]}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <label className="block text-sm font-medium">
        File <span className="font-normal text-slate-500 dark:text-slate-400">(up to 10 MB)</span>
        <input type="file" accept=".gift,.txt,.xml,text/plain,text/xml,application/xml" onChange={chooseFile} className="mt-1 block w-full text-sm" />
      </label>
      {file ? (
        <p className="text-sm">
          Chosen: <span className="font-mono break-all">{file.name}</span> ({Math.ceil(file.size / 1024).toLocaleString('en')} KB).{' '}
          <button type="button" className="font-medium underline" onClick={() => (setFile(null), changed())}>
            Paste text instead
          </button>
        </p>
      ) : (
        <label className="block text-sm font-medium">
          …or paste the questions
          <textarea
            value={text}
            onChange={(e) => (setText(e.target.value), changed())}
            rows={10}
            className={`${inputClass} font-mono`}
            placeholder={placeholders[format]}
          />
        </label>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" onClick={runPreview} disabled={busy || (!file && !text.trim())}>
          {busy ? 'Reading…' : 'Preview'}
        </Button>
        <p className="text-sm text-slate-500 dark:text-slate-400">Nothing is imported until you confirm below.</p>
      </div>
      {phase.step === 'sending' && <ProgressBar value={phase.loaded} max={phase.total} label="Uploading the file" />}
      {phase.step === 'reading' && (
        <div className="space-y-1" role="status">
          <ProgressBar value={1} max={1} label="Uploaded" />
          <p className="text-sm text-slate-600 dark:text-slate-300">Uploaded; reading and checking the questions…</p>
        </div>
      )}
      <FormStatus message={error} tone="error" />
      {preview && (
        <section aria-labelledby="upload-preview" className="space-y-4">
          <h2 id="upload-preview" className="text-xl font-semibold">
            {plural(preview.questionCount, 'question')} would be created
          </h2>
          <UploadProblems
            problems={preview.problems}
            problemCount={preview.problemCount}
            skipped={preview.skipped}
            skippedCount={preview.skippedCount}
            losses={preview.losses}
            lossCount={preview.lossCount}
          />
          {preview.importable ? (
            <div className="flex flex-wrap gap-3">
              <Button type="button" onClick={() => confirm.run({ uploadId: preview.uploadId, as: 'publish' })} disabled={confirm.pending}>
                Publish {plural(preview.questionCount, 'question')}
              </Button>
              <Button type="button" variant="secondary" onClick={() => confirm.run({ uploadId: preview.uploadId, as: 'drafts' })} disabled={confirm.pending}>
                Save as drafts to review first
              </Button>
            </div>
          ) : (
            <p className="text-sm font-medium text-red-700 dark:text-red-400">Fix the errors above and preview again; nothing can be imported yet.</p>
          )}
          {confirm.pending && (
            <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
              Importing {plural(preview.questionCount, 'question')}…
            </p>
          )}
          <FormStatus message={confirm.error} tone="error" />
          <UploadPages key={preview.uploadId} uploadId={preview.uploadId} first={preview.page} />
        </section>
      )}
    </div>
  );
}
