'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { saveStudyPlanAction } from '@/app/dashboard/actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useAction } from '@/components/use-action';

/** Set, change or clear the exam date of the course; the page then redraws the plan. */
export function ExamDateForm({ courseId, examDate, today }: { courseId: string; examDate: string | null; today: string }) {
  const router = useRouter();
  const save = useAction(saveStudyPlanAction);
  const [done, setDone] = useState<string | null>(null);

  function submit(value: string | null) {
    setDone(null);
    save.run({ courseId, examDate: value }, () => {
      setDone(value === null ? 'Exam date cleared.' : 'Exam date saved.');
      router.refresh();
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('examDate') ?? '');
    submit(value === '' ? null : value);
  }

  return (
    <form onSubmit={onSubmit} className="mt-3 flex flex-wrap items-end gap-3" noValidate>
      <div className="w-full max-w-xs">
        <Field label="Exam date" name="examDate" type="date" min={today} defaultValue={examDate ?? ''} errors={save.errors.examDate} />
      </div>
      <Button type="submit" disabled={save.pending}>
        {examDate ? 'Change date' : 'Set date'}
      </Button>
      {examDate && (
        <Button type="button" variant="secondary" disabled={save.pending} onClick={() => submit(null)}>
          Clear date
        </Button>
      )}
      <div className="w-full">
        <FormStatus message={save.error && !save.errors.examDate ? save.error : done} tone={save.error ? 'error' : 'success'} />
      </div>
    </form>
  );
}
