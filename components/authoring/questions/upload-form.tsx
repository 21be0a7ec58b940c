'use client';

import Link from 'next/link';
import { useState, type ChangeEvent } from 'react';
import { confirmQuestionUploadAction, previewQuestionUploadAction } from '@/app/author/upload/questions/actions';
import { Button } from '@/components/ui/button';
import { FieldErrors, inputClass } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useAction } from '@/components/use-action';
import { QuestionPreview } from './question-preview';
import { SelectField } from './select-field';
import { UploadProblems } from './upload-problems';

type Format = 'gift' | 'aiken';

/** Choose a lesson and a file (or paste), see exactly what would be created and every problem by line, then confirm. */
export function UploadForm({ lessons }: { lessons: Array<{ id: string; label: string }> }) {
  const [lessonId, setLessonId] = useState(lessons[0]?.id ?? '');
  const [format, setFormat] = useState<Format>('gift');
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('pasted text');
  const preview = useAction(previewQuestionUploadAction);
  const confirm = useAction(confirmQuestionUploadAction);
  const input = { lessonId, format, text, fileName };
  const [previewed, setPreviewed] = useState<string | null>(null);
  const current = JSON.stringify(input);
  const shown = preview.result?.ok && previewed === current ? preview.result.data : null;

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    if (/\.gift$/i.test(file.name)) setFormat('gift');
    else if (/\.txt$/i.test(file.name)) setFormat('aiken');
    setText(await file.text());
  };
  const runPreview = () => preview.run(input, () => setPreviewed(current));
  const runConfirm = (as: 'publish' | 'drafts') => confirm.run({ ...input, as });

  if (confirm.result?.ok) {
    const { count, as } = confirm.result.data;
    return (
      <div role="status" className="rounded-lg border-l-4 border-green-600 bg-green-50 p-4 dark:bg-green-950/40">
        <p className="font-semibold">
          ✓ {as === 'publish' ? `Published ${count} question${count === 1 ? '' : 's'}.` : `Saved ${count} new question draft${count === 1 ? '' : 's'}; learners see them once you publish each.`}
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
        <SelectField label="Lesson" id="lessonId" value={lessonId} onChange={(e) => setLessonId(e.target.value)} options={lessons} errors={preview.errors.lessonId} />
        <fieldset className="text-sm">
          <legend className="font-medium">Format</legend>
          <div className="mt-2 flex gap-4">
            {(['gift', 'aiken'] as const).map((f) => (
              <label key={f} className="flex items-center gap-2">
                <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
                {f === 'gift' ? 'GIFT (Moodle)' : 'Aiken'}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <label className="block text-sm font-medium">
        File
        <input type="file" accept=".gift,.txt,text/plain" onChange={readFile} className="mt-1 block w-full text-sm" />
      </label>
      <label className="block text-sm font-medium">
        …or paste the questions
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={10} className={`${inputClass} font-mono`} placeholder={format === 'gift' ? '::my-id::Question text {=right ~wrong}' : 'Question text\nA. One\nB. Two\nANSWER: B'} />
        <FieldErrors name="text" errors={preview.errors.text} />
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" onClick={runPreview} disabled={preview.pending || !text.trim()}>
          {preview.pending ? 'Reading…' : 'Preview'}
        </Button>
        <p className="text-sm text-slate-500 dark:text-slate-400">Nothing is saved until you confirm below.</p>
      </div>
      <FormStatus message={preview.error} tone="error" />
      {shown && (
        <section aria-labelledby="upload-preview" className="space-y-4">
          <h2 id="upload-preview" className="text-xl font-semibold">
            {shown.questions.length} question{shown.questions.length === 1 ? '' : 's'} would be created
          </h2>
          <UploadProblems problems={shown.problems} skipped={shown.skipped} />
          {shown.importable ? (
            <div className="flex flex-wrap gap-3">
              <Button type="button" onClick={() => runConfirm('publish')} disabled={confirm.pending}>
                Publish {shown.questions.length} question{shown.questions.length === 1 ? '' : 's'}
              </Button>
              <Button type="button" variant="secondary" onClick={() => runConfirm('drafts')} disabled={confirm.pending}>
                Save as drafts to review first
              </Button>
            </div>
          ) : (
            <p className="text-sm font-medium text-red-700 dark:text-red-400">Fix the errors above and preview again; nothing can be imported yet.</p>
          )}
          <FormStatus message={confirm.error} tone="error" />
          <ol className="space-y-6">
            {shown.questions.map((q) => (
              <li key={q.id}>
                <p className="mb-2 text-sm text-slate-500 dark:text-slate-400">
                  Line {q.line} · <span className="font-mono">{q.id}</span> · {q.type}
                </p>
                <QuestionPreview preview={q.preview} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
