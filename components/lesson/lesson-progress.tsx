'use client';

import Link from 'next/link';
import { useSession } from 'next-auth/react';
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

type Progress = { completed: boolean; lastSection: string | null };
type TocEntry = { id: string; text: string };

const saveSectionAfterMs = 1500;

type LessonProgressState = {
  status: ReturnType<typeof useSession>['status'];
  lessonId: string;
  progress: Progress | null;
  saving: boolean;
  error: string | null;
  toggle: () => Promise<void>;
};

const LessonProgressContext = createContext<LessonProgressState | null>(null);

/**
 * The learner's own state on a cached lesson page, shared by the completion buttons at the top and
 * at the end of the lesson: one load, one "c" shortcut, and quiet tracking of the section in view.
 */
export function LessonProgressProvider({ lessonId, children }: { lessonId: string; children: ReactNode }) {
  const { status } = useSession();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const endpoint = `/api/lessons/${encodeURIComponent(lessonId)}/progress`;

  useEffect(() => {
    if (status !== 'authenticated') return;
    fetch(endpoint, { cache: 'no-store' })
      .then((response) => (response.ok ? response.json() : null))
      .then((data: Progress | null) => data && setProgress(data))
      .catch(() => setError('Your progress could not be loaded.'));
  }, [endpoint, status]);

  useTrackSection(status === 'authenticated' ? endpoint : null, progress?.lastSection ?? null);

  const toggle = useCallback(async () => {
    if (!progress || saving) return;
    setSaving(true);
    setError(null);
    const response = await fetch(endpoint, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ completed: !progress.completed }),
    }).catch(() => null);
    setSaving(false);
    if (!response?.ok) return setError('Not saved. Check your connection and try again.');
    setProgress(await response.json());
  }, [endpoint, progress, saving]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key !== 'c' || event.metaKey || event.ctrlKey || event.altKey || target.closest('input, textarea, select, [contenteditable]')) return;
      void toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);

  const state = useMemo(() => ({ status, lessonId, progress, saving, error, toggle }), [status, lessonId, progress, saving, error, toggle]);
  return <LessonProgressContext value={state}>{children}</LessonProgressContext>;
}

function useLessonProgress(): LessonProgressState {
  const state = use(LessonProgressContext);
  if (!state) throw new Error('LessonProgress needs a LessonProgressProvider around it.');
  return state;
}

function CompleteButton({ state, className = '' }: { state: LessonProgressState; className?: string }) {
  const completed = state.progress?.completed ?? false;
  return (
    <button
      type="button"
      onClick={state.toggle}
      disabled={state.saving}
      aria-pressed={completed}
      aria-keyshortcuts="c"
      className={`rounded-md px-3 py-1.5 text-sm font-semibold ${completed ? 'bg-green-700 text-white hover:bg-green-800' : 'border border-slate-300 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800'} ${className}`}
    >
      {completed ? '✓ Completed' : 'Mark as complete'}
    </button>
  );
}

function ProgressError({ error }: { error: string | null }) {
  return (
    error && (
      <span role="alert" className="text-sm text-red-700 dark:text-red-400">
        {error}
      </span>
    )
  );
}

/** At the top of the lesson: the completion toggle (shortcut "c") and "continue where you left off". */
export function LessonProgress({ toc }: { toc: TocEntry[] }) {
  const state = useLessonProgress();
  const { status, progress, lessonId } = state;
  if (status === 'unauthenticated') {
    return (
      <p className="no-print mt-4 text-sm text-slate-600 dark:text-slate-300">
        <Link href={`/signin?callbackUrl=/lessons/${lessonId}`} className="font-medium text-brand-700 underline dark:text-brand-100">
          Sign in
        </Link>{' '}
        to track your progress through the course.
      </p>
    );
  }
  if (!progress) return <div className="no-print mt-4 h-9" aria-hidden />;
  const resumeAt = progress.completed ? null : toc.find((entry) => entry.id === progress.lastSection);
  return (
    <div className="no-print mt-4 flex flex-wrap items-center gap-3">
      <CompleteButton state={state} />
      <span className="hidden text-xs text-slate-500 sm:inline dark:text-slate-400">
        press <kbd className="rounded border px-1">c</kbd>
      </span>
      {resumeAt && (
        <a href={`#${resumeAt.id}`} className="text-sm font-medium text-brand-700 underline dark:text-brand-100">
          Continue at “{resumeAt.text}”
        </a>
      )}
      <ProgressError error={state.error} />
    </div>
  );
}

/** At the end of the lesson, where the learner finishes reading: the same toggle, so nobody scrolls back up to tick it. */
export function LessonCompleteAtEnd() {
  const state = useLessonProgress();
  if (state.status !== 'authenticated' || !state.progress) return null;
  return (
    <section
      aria-label="Lesson completion"
      className="no-print mt-10 flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      <p className="mr-auto text-sm text-slate-700 dark:text-slate-300">
        {state.progress.completed ? 'You have completed this lesson; its questions are in your review deck.' : 'Finished reading? Mark the lesson complete.'}
      </p>
      <CompleteButton state={state} />
      <ProgressError error={state.error} />
    </section>
  );
}

/** Saves the heading last scrolled past, debounced, so reopening the lesson offers to resume there. */
function useTrackSection(endpoint: string | null, initial: string | null) {
  const saved = useRef(initial);
  useEffect(() => {
    saved.current = initial;
  }, [initial]);
  useEffect(() => {
    if (!endpoint) return;
    const headings = Array.from(document.querySelectorAll<HTMLElement>('.lesson-body h2[id], .lesson-body h3[id]'));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        const visible = entries.filter((e) => e.isIntersecting).map((e) => e.target.id);
        const current = visible[0];
        if (!current || current === saved.current) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          saved.current = current;
          void fetch(endpoint, {
            method: 'PUT',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ lastSection: current }),
            keepalive: true,
          });
        }, saveSectionAfterMs);
      },
      { rootMargin: '0px 0px -70% 0px' },
    );
    headings.forEach((heading) => observer.observe(heading));
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [endpoint]);
}
