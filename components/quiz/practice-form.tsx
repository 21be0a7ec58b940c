'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { startPracticeAction } from '@/app/attempts/actions';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useAction } from '@/components/use-action';
import type { PracticeCourse } from '@/lib/quiz/practice-options';

const onlyChoices = [
  { value: 'all', label: 'All questions' },
  { value: 'unseen', label: 'Only ones I have not answered' },
  { value: 'missed', label: 'Only ones I got wrong last time' },
  { value: 'flagged', label: 'Only ones I flagged' },
] as const;

/** `initialCourseId`: the course the learner last used, chosen at first. */
export function PracticeForm({ courses, initialCourseId }: { courses: PracticeCourse[]; initialCourseId?: string | null }) {
  const router = useRouter();
  const start = useAction(startPracticeAction);
  const [courseId, setCourseId] = useState(courses.find((c) => c.id === initialCourseId)?.id ?? courses[0]?.id ?? '');
  const course = courses.find((c) => c.id === courseId);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    start.run(
      {
        courseId,
        domains: form.getAll('domains').map(String),
        chapters: form.getAll('chapters').map(String),
        objectives: [],
        count: Number(form.get('count')),
        only: String(form.get('only')) as (typeof onlyChoices)[number]['value'],
        feedback: form.get('feedback') === 'end' ? 'end' : 'each',
      },
      (attempt) => router.push(`/attempts/${attempt.id}`),
    );
  }

  if (!course) return <p>No courses are loaded yet.</p>;
  return (
    <form onSubmit={submit} className="max-w-2xl space-y-6">
      <div>
        <label htmlFor="course" className="block text-sm font-medium">
          Course
        </label>
        <select
          id="course"
          value={courseId}
          onChange={(e) => setCourseId(e.target.value)}
          className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
        >
          {courses.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.questionCount} questions)
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="text-sm font-medium">Exam domains (none ticked = all)</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {course.domains.map((d) => (
            <label key={d.code} className="flex items-start gap-2 rounded-md border border-slate-200 p-2 text-sm dark:border-slate-800">
              <input type="checkbox" name="domains" value={d.code} disabled={d.questionCount === 0} className="mt-1" />
              <span>
                {d.code} {d.title} <span className="text-slate-500 dark:text-slate-400">· {d.questionCount}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {course.chapters.length > 0 && (
        <fieldset>
          <legend className="text-sm font-medium">Chapters (none ticked = all)</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {course.chapters.map((c) => (
              <label key={c.id} className="flex items-start gap-2 rounded-md border border-slate-200 p-2 text-sm dark:border-slate-800">
                <input type="checkbox" name="chapters" value={c.id} className="mt-1" />
                <span>
                  {c.title} <span className="text-slate-500 dark:text-slate-400">· {c.questionCount}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor="count" className="block text-sm font-medium">
            Questions
          </label>
          <input
            id="count"
            name="count"
            type="number"
            min={1}
            max={100}
            defaultValue={10}
            className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
          />
        </div>
        <div className="sm:col-span-2">
          <label htmlFor="only" className="block text-sm font-medium">
            Which questions
          </label>
          <select id="only" name="only" className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900">
            {onlyChoices.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset>
        <legend className="text-sm font-medium">Feedback</legend>
        <div className="mt-2 flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="feedback" value="each" defaultChecked /> After each question
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="feedback" value="end" /> At the end
          </label>
        </div>
      </fieldset>
      <FormStatus message={start.error} tone="error" />
      <Button type="submit" disabled={start.pending}>
        {start.pending ? 'Preparing…' : 'Start practice'}
      </Button>
    </form>
  );
}
