'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useEffectEvent, useState } from 'react';
import { discardQuestionDraftAction, previewQuestionAction, publishQuestionAction, saveQuestionDraftAction } from '@/app/author/questions/actions';
import { useEditorKeys } from '@/components/authoring/use-editor-keys';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TabList } from '@/components/ui/tab-list';
import { useAction } from '@/components/use-action';
import { checkEntry, type EntryErrors } from '@/lib/authoring/questions/check-entry';
import type { EditorContext } from '@/lib/authoring/questions/editor-context';
import { asEntry, type Entry } from '@/lib/authoring/questions/entry-edit';
import type { QuestionPreview as Preview } from '@/lib/authoring/questions/preview';
import { entryToYaml, yamlToEntry } from './entry-yaml';
import { QuestionForm } from './question-form';
import { QuestionPreview } from './question-preview';
import { YamlTab } from './yaml-tab';
import { deviceDateSettings, formatDate } from '@/lib/format/dates';

type QuestionEditorProps = {
  context: EditorContext;
  questionId: string | null;
  draft: { id: string; updatedAt: string } | null;
  entry: unknown;
};

const autosaveMs = 1500;
const previewMs = 400;

/** Form and YAML views of one entry, checked as content:check checks it, autosaved as a draft, previewed as learners see it. */
export function QuestionEditor({ context, questionId, draft: initialDraft, entry: initialEntry }: QuestionEditorProps) {
  const router = useRouter();
  const [entry, setEntry] = useState<Entry>(() => asEntry(initialEntry));
  const [mode, setMode] = useState<'form' | 'yaml'>('form');
  const [yamlText, setYamlText] = useState('');
  const [draft, setDraft] = useState(initialDraft);
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(asEntry(initialEntry)));
  const [blocked, setBlocked] = useState(false);
  const [preview, setPreview] = useState<{ json: string; preview: Preview | null } | null>(null);
  const [published, setPublished] = useState<string | null>(null);
  const [publishTried, setPublishTried] = useState<string | null>(null);
  const [previewTried, setPreviewTried] = useState<string | null>(null);
  const save = useAction(saveQuestionDraftAction);
  const previewer = useAction(previewQuestionAction);
  const publish = useAction(publishQuestionAction);
  const discard = useAction(discardQuestionDraftAction);

  const json = JSON.stringify(entry);
  const dirty = json !== savedJson;
  const errors: EntryErrors = checkEntry(entry, context).errors ?? {};
  const yamlState = mode === 'yaml' ? yamlToEntry(yamlText, (e) => checkEntry(e, context).errors ?? {}) : null;

  const saveNow = () => {
    const sent = json;
    save.run(
      { lessonId: context.lessonId, questionId, draftId: draft?.id ?? null, entry: JSON.parse(sent), baseUpdatedAt: draft?.updatedAt ?? null },
      (saved) => {
        setDraft({ id: saved.draftId, updatedAt: saved.updatedAt });
        setSavedJson(sent);
        setBlocked(false);
        // A reload resumes this new question's draft; replaceState does not refetch the page.
        if (!questionId && !draft) window.history.replaceState(null, '', `/author/questions/new?draft=${saved.draftId}`);
      },
      () => setBlocked(true),
    );
  };
  const autosave = useEffectEvent(saveNow);
  const refreshPreview = useEffectEvent(() => {
    const sent = json;
    // Once per entry: a failed preview is not retried in a loop, the next edit tries again.
    setPreviewTried(sent);
    previewer.run({ lessonId: context.lessonId, entry: JSON.parse(sent) }, (data) => setPreview({ json: sent, preview: data.preview }));
  });

  useEffect(() => {
    if (!dirty || blocked || save.pending) return;
    const timer = setTimeout(() => autosave(), autosaveMs);
    return () => clearTimeout(timer);
  }, [json, dirty, blocked, save.pending]);

  const valid = Object.keys(errors).length === 0;
  useEffect(() => {
    if (!valid || previewTried === json || previewer.pending) return;
    const timer = setTimeout(() => refreshPreview(), previewMs);
    return () => clearTimeout(timer);
  }, [json, valid, previewTried, previewer.pending]);

  useEditorKeys({ save: saveNow, unsaved: () => dirty });

  const change = (next: Entry) => {
    setEntry(next);
    setPublished(null);
  };
  const switchTo = (next: 'form' | 'yaml') => {
    if (next === mode) return;
    if (next === 'yaml') setYamlText(entryToYaml(entry, context));
    setMode(next);
  };
  const editYaml = (text: string) => {
    setYamlText(text);
    const read = yamlToEntry(text, () => ({}));
    if (read.entry) change(read.entry);
  };
  const doPublish = () => {
    setPublishTried(json);
    publish.run({ lessonId: context.lessonId, questionId, draftId: draft?.id ?? null, entry }, (result) => {
      setPublished(
        result.changed
          ? `Published version ${result.version}. Learners see it from their next quiz.`
          : `Version ${result.version} is already what learners see.`,
      );
      setDraft(null);
      setSavedJson(json);
      if (!questionId) router.push(`/author/questions/${result.questionId}`);
      else router.refresh();
    });
  };
  const doDiscard = () => {
    if (!draft || !window.confirm('Throw away this draft? The published version stays as it is.')) return;
    discard.run({ draftId: draft.id }, () => {
      if (questionId) window.location.reload();
      else router.push('/author/questions');
    });
  };

  // The server's own findings (an id taken meanwhile) stand until the entry changes.
  const shownErrors = publishTried === json ? { ...errors, ...publish.errors } : errors;
  const status = blocked
    ? save.error
    : dirty
      ? 'Unsaved changes…'
      : draft
        ? `Draft saved ${formatDate(draft.updatedAt, 'time', deviceDateSettings())}`
        : questionId
          ? 'No draft: this is the published version.'
          : 'Not saved yet.';
  const stale = preview !== null && preview.json !== json;

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="min-w-0">
        <TabList
          label="Editor"
          tabs={[
            // Leaving YAML that cannot be read would lose the text typed there.
            { id: 'form', label: 'Form', disabled: mode === 'yaml' && yamlState?.entry === null },
            { id: 'yaml', label: 'Edit as YAML' },
          ]}
          selected={mode}
          onSelect={switchTo}
          className="mb-4"
        />
        <div role="tabpanel">
          {mode === 'form' ? (
            <QuestionForm entry={entry} onChange={change} errors={shownErrors} context={context} idLocked={questionId !== null} />
          ) : (
            <YamlTab value={yamlText} onChange={editYaml} problems={yamlState?.problems ?? []} />
          )}
        </div>
        <div className="sticky bottom-0 mt-6 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 py-3 dark:border-slate-800 dark:bg-slate-950/95">
          <Button type="button" onClick={doPublish} disabled={publish.pending || save.pending || !valid}>
            {publish.pending ? 'Publishing…' : 'Publish'}
          </Button>
          <Button type="button" variant="secondary" onClick={saveNow} disabled={save.pending || !dirty}>
            Save draft <kbd className="hidden text-xs font-normal sm:inline">Ctrl+S</kbd>
          </Button>
          {draft && (
            <Button type="button" variant="secondary" onClick={doDiscard} disabled={discard.pending}>
              Discard draft
            </Button>
          )}
          <p className="text-sm text-slate-500 dark:text-slate-400" aria-live="polite">
            {status}
          </p>
        </div>
        {!valid && (
          <p className="text-sm text-amber-700 dark:text-amber-400">Fix the problems marked above to publish ({Object.values(errors).flat().length}).</p>
        )}
        <FormStatus message={publish.error ?? published} tone={publish.error ? 'error' : 'success'} />
      </div>
      <aside aria-label="Preview" className={`min-w-0 ${stale || !valid ? 'opacity-60' : ''}`}>
        <h2 className="mb-3 text-lg font-semibold">Preview</h2>
        {preview?.preview ? (
          <QuestionPreview preview={preview.preview} />
        ) : (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-700 dark:text-slate-300">
            The preview appears once the question has no errors.
          </p>
        )}
      </aside>
    </div>
  );
}
