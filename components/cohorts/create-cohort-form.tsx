'use client';

import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { createCohortAction } from '@/app/instructor/cohorts/actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useAction } from '@/components/use-action';

export function CreateCohortForm({ courses }: { courses: Array<{ id: string; name: string }> }) {
  const router = useRouter();
  const create = useAction(createCohortAction);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.run({ name: String(form.get('name') ?? ''), courseId: String(form.get('courseId') ?? '') }, (cohort) =>
      router.push(`/instructor/cohorts/${cohort.id}`),
    );
  }

  return (
    <form onSubmit={submit} className="grid max-w-2xl gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start" noValidate>
      <Field label="Cohort name" name="name" placeholder="e.g. Spring evening class" required errors={create.errors.name} />
      <div>
        <label htmlFor="courseId" className="block text-sm font-medium">
          Course
        </label>
        <select
          id="courseId"
          name="courseId"
          className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
        >
          {courses.map((course) => (
            <option key={course.id} value={course.id}>
              {course.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" disabled={create.pending} className="sm:mt-6">
        {create.pending ? 'Creating…' : 'Create cohort'}
      </Button>
      <div className="sm:col-span-3">
        <FormStatus message={create.errors.name ? null : create.error} tone="error" />
      </div>
    </form>
  );
}
