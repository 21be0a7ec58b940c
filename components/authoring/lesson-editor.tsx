'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { discardLessonDraftAction, previewLessonAction, publishLessonAction, saveLessonDraftAction } from '@/app/author/lessons/actions';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TabList } from '@/components/ui/tab-list';
import type { EditBase } from '@/lib/authoring/edit-base';
import { joinLessonText, splitLessonText, type LessonText } from '@/lib/authoring/frontmatter-text';
import type { LessonPreview } from '@/lib/authoring/preview';
import { FrontmatterForm, type ChapterChoice } from './frontmatter-form';
import { ImageUpload } from './image-upload';
import { LessonPreviewPane } from './lesson-preview-pane';
import { MarkdownInput } from './markdown-input';
import { SaveIndicator, type SaveState } from './save-indicator';
import { useEditorKeys } from './use-editor-keys';

type Props = { lessonId: string | null; draftId: string | null; initialSource: string; base: EditBase; chapters: ChapterChoice[]; publishedRevision?: number };

const autosaveMs = 1500;
const publishedMessage = (revision: number) => `Published as revision ${revision}. Learners see it now.`;
const previewMs = 400;
const panes = [
  { id: 'write', label: 'Write' },
  { id: 'preview', label: 'Preview' },
] as const;

/**
 * The lesson editor: frontmatter form, Markdown in CodeMirror, and a live preview compiled on the
 * server by the content pipeline. The shared draft autosaves; Ctrl/Cmd+S saves at once. Every
 * call goes through one queue, so a save can never overtake a publish.
 */
export function LessonEditor({ lessonId, draftId, initialSource, base, chapters, publishedRevision }: Props) {
  const router = useRouter();
  const [text, setText] = useState<LessonText>(() => splitLessonText(initialSource));
  const source = useMemo(() => joinLessonText(text), [text]);
  const [save, setSave] = useState<SaveState>({ kind: draftId ? 'saved' : 'clean' });
  const [hasDraft, setHasDraft] = useState(draftId !== null);
  const [preview, setPreview] = useState<LessonPreview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'success'; message: string; problems?: string[] } | null>(
    publishedRevision ? { tone: 'success', message: publishedMessage(publishedRevision) } : null,
  );
  const [tab, setTab] = useState<'write' | 'preview'>('write');

  const baseRef = useRef(base);
  const draftIdRef = useRef(draftId);
  const latestRef = useRef(initialSource);
  const dirtyRef = useRef(false);
  const queueRef = useRef<Promise<unknown>>(Promise.resolve());
  const previewSeq = useRef(0);
  const enqueue = <T,>(task: () => Promise<T>) => {
    const next = queueRef.current.then(task, task);
    queueRef.current = next.catch(() => undefined);
    return next;
  };

  const change = (next: LessonText) => {
    setText(next);
    latestRef.current = joinLessonText(next);
    dirtyRef.current = true;
    setSave((s) => (s.kind === 'conflict' ? s : { kind: 'dirty' }));
    setOutcome(null);
  };

  // Read from the latest text, not this render's: the author may have typed while it uploaded.
  const insertAtEnd = (markdown: string) => {
    const current = splitLessonText(latestRef.current);
    change({ ...current, body: `${current.body.trimEnd()}\n\n${markdown}\n` });
  };

  const saveNow = () =>
    enqueue(async () => {
      if (!dirtyRef.current) return;
      const sent = latestRef.current;
      setSave({ kind: 'saving' });
      const result = await saveLessonDraftAction({ lessonId, draftId: draftIdRef.current, source: sent, base: baseRef.current }).catch(() => null);
      if (!result || !result.ok) {
        setSave(
          result?.code === 'CONFLICT'
            ? { kind: 'conflict', message: result.message }
            : { kind: 'error', message: result?.message ?? 'Could not reach the server; your text is still here.' },
        );
        return;
      }
      baseRef.current = { ...baseRef.current, draftUpdatedAt: result.data.draftUpdatedAt };
      if (!lessonId && draftIdRef.current === null) window.history.replaceState(null, '', `/author/lessons/new?draft=${result.data.draftId}`);
      draftIdRef.current = result.data.draftId;
      setHasDraft(true);
      if (latestRef.current === sent) {
        dirtyRef.current = false;
        setSave({ kind: 'saved', at: result.data.draftUpdatedAt });
      }
    });

  const autosave = useEffectEvent(() => {
    if (save.kind === 'dirty') void saveNow();
  });
  useEffect(() => {
    const timer = setTimeout(autosave, autosaveMs);
    return () => clearTimeout(timer);
  }, [source]);

  const refreshPreview = useEffectEvent(async (text: string) => {
    const seq = ++previewSeq.current;
    setPreviewing(true);
    const result = await previewLessonAction({ lessonId, source: text }).catch(() => null);
    if (seq !== previewSeq.current) return;
    setPreviewing(false);
    if (result?.ok) setPreview(result.data);
  });
  useEffect(() => {
    const timer = setTimeout(() => void refreshPreview(source), previewMs);
    return () => clearTimeout(timer);
  }, [source]);

  const publish = () => {
    if (publishing) return;
    setPublishing(true);
    setOutcome(null);
    void enqueue(async () => {
      const sent = latestRef.current;
      const result = await publishLessonAction({ lessonId, draftId: draftIdRef.current, source: sent, base: baseRef.current }).catch(() => null);
      setPublishing(false);
      if (!result || !result.ok) {
        setOutcome({
          tone: 'error',
          message: result?.message ?? 'Could not reach the server; nothing was published.',
          problems: result && !result.ok ? result.errors?.source : undefined,
        });
        return;
      }
      baseRef.current = { draftUpdatedAt: null, lessonUpdatedAt: result.data.lessonUpdatedAt };
      draftIdRef.current = null;
      setHasDraft(false);
      if (latestRef.current === sent) {
        dirtyRef.current = false;
        setSave({ kind: 'clean' });
      }
      setOutcome({ tone: 'success', message: result.data.changed ? publishedMessage(result.data.revision) : 'Already published: nothing changed.' });
      // A new lesson moves to its own editor page, which shows this outcome from the URL.
      if (!lessonId) router.replace(`/author/lessons/${result.data.lessonId}?published=${result.data.revision}`);
      else router.refresh();
    });
  };

  const discard = () => {
    const id = draftIdRef.current;
    if (!id || !window.confirm('Discard this draft? The published lesson stays as it is.')) return;
    dirtyRef.current = false;
    void enqueue(async () => {
      const result = await discardLessonDraftAction({ draftId: id }).catch(() => null);
      if (!result?.ok) return setOutcome({ tone: 'error', message: result?.message ?? 'Could not reach the server.' });
      window.location.assign(lessonId ? `/author/lessons/${lessonId}` : '/author');
    });
  };

  useEditorKeys({ save: () => void saveNow(), publish, unsaved: () => dirtyRef.current });

  const frontmatterLines = text.frontmatter.split('\n').length + 2;
  const serverErrors: Record<string, string[]> = {};
  for (const p of preview?.problems ?? [])
    if (p.field && p.line <= frontmatterLines && p.severity === 'error') (serverErrors[p.field.split('.')[0]] ??= []).push(p.message);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3 border-b border-slate-200 pb-3 dark:border-slate-800">
        <Button type="button" onClick={publish} disabled={publishing} title="Ctrl+Enter / ⌘Enter" aria-keyshortcuts="Control+Enter Meta+Enter">
          {publishing ? 'Publishing…' : 'Publish'}
        </Button>
        <Button type="button" variant="secondary" onClick={() => void saveNow()} title="Ctrl+S / ⌘S" aria-keyshortcuts="Control+S Meta+S">
          Save draft
        </Button>
        {hasDraft && (
          <Button type="button" variant="secondary" onClick={discard}>
            Discard draft
          </Button>
        )}
        <SaveIndicator state={save} />
        {lessonId && (
          <Link href={`/lessons/${lessonId}`} className="ml-auto text-sm underline">
            View as learner
          </Link>
        )}
      </div>
      {outcome && (
        <div>
          <FormStatus tone={outcome.tone} message={outcome.message} />
          {outcome.problems && (
            <ul className="mt-1 list-disc pl-5 font-mono text-sm text-red-700 dark:text-red-400">
              {outcome.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <FrontmatterForm
        frontmatter={text.frontmatter}
        onChange={(frontmatter) => change({ ...text, frontmatter })}
        chapters={chapters}
        serverErrors={serverErrors}
        idLocked={lessonId !== null}
      />
      <TabList label="Editor panes" tabs={panes} selected={tab} onSelect={setTab} className="lg:hidden" />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-label="Markdown" className={`min-w-0 ${tab === 'write' ? '' : 'hidden lg:block'}`}>
          <MarkdownInput value={text.body} onChange={(body) => change({ ...text, body })} />
          <div className="mt-3">
            <ImageUpload onInsert={(markdown) => insertAtEnd(markdown)} />
          </div>
        </section>
        <section aria-label="Preview" className={`min-w-0 ${tab === 'preview' ? '' : 'hidden lg:block'}`}>
          <LessonPreviewPane preview={preview} pending={previewing} />
        </section>
      </div>
    </div>
  );
}
