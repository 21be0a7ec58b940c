'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { saveStudyPlanAction } from '@/app/dashboard/actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useAction } from '@/components/use-action';

type CourseChoice = { id: string; name: string };

/** Three questions after sign-up (which exam, when, how long a day), then the dashboard of that course. */
export function OnboardingForm({ courses, today }: { courses: CourseChoice[]; today: string }) {
  const router = useRouter();
  const save = useAction(saveStudyPlanAction);
  const [courseId, setCourseId] = useState(courses[0]?.id ?? '');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const examDate = String(form.get('examDate') ?? '');
    const minutes = String(form.get('minutesPerDay') ?? '');
    save.run({ courseId, examDate: examDate === '' ? null : examDate, minutesPerDay: minutes === '' ? null : Number(minutes) }, () =>
      router.push(`/dashboard?course=${encodeURIComponent(courseId)}`),
    );
  }

  return (
    <form onSubmit={submit} className="space-y-6" noValidate>
      <fieldset>
        <legend className="text-sm font-medium">Which exam are you studying for?</legend>
        <div className="mt-2 space-y-2">
          {courses.map((course) => (
            <label key={course.id} className="flex items-center gap-3 rounded-md border border-slate-300 p-3 dark:border-slate-700">
              <input type="radio" name="courseId" value={course.id} checked={courseId === course.id} onChange={() => setCourseId(course.id)} />
              <span>{course.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        label="When is your exam? (optional)"
        name="examDate"
        type="date"
        min={today}
        hint="Leave it empty if you have not booked it yet; you can set it later on your dashboard."
        errors={save.errors.examDate}
      />
      <Field
        label="Minutes a day you can study"
        name="minutesPerDay"
        type="number"
        inputMode="numeric"
        min={5}
        max={600}
        defaultValue={20}
        errors={save.errors.minutesPerDay}
      />
      <FormStatus message={save.error && !save.errors.examDate && !save.errors.minutesPerDay ? save.error : null} tone="error" />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={save.pending || courseId === ''}>
          Save and start
        </Button>
        <Link href="/dashboard" className="text-sm font-medium text-slate-700 underline underline-offset-2 dark:text-slate-300">
          Skip for now
        </Link>
      </div>
    </form>
  );
}
