'use client';

import Link from 'next/link';
import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { Section } from '@/components/ui/section';
import { globalScope, type SrsSettingsValue } from '@/lib/srs/settings';
import { CourseSettingsForm } from './course-settings-form';
import { SettingsFields } from './settings-fields';
import { useSettingsSave } from './use-settings-save';

type ReviewSettingsFormProps = {
  general: SrsSettingsValue;
  courses: Array<{ id: string; name: string; overridden: boolean; settings: SrsSettingsValue }>;
};

const link = 'font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 dark:text-brand-100';
const panel = 'mt-8 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900/60';

/** The learner's general review settings, then each course: the general ones, or its own. */
export function ReviewSettingsForm({ general, courses }: ReviewSettingsFormProps) {
  const general$ = useSettingsSave(globalScope);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    general$.saveSettings(new FormData(event.currentTarget), 'general', general, true);
  }

  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Review settings</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        How your reviews are scheduled and how many come each day.{' '}
        <Link href="/review" className={link}>
          Back to Review
        </Link>
      </p>
      <Section id="general-settings" title="General" className={panel}>
        <form onSubmit={submit} noValidate className="mt-4 space-y-4">
          <SettingsFields prefix="general" initial={general} errors={general$.errors} personal />
          <FormStatus message={general$.status.message} tone={general$.status.tone} />
          <Button type="submit" disabled={general$.pending}>
            {general$.pending ? 'Saving…' : 'Save general settings'}
          </Button>
        </form>
      </Section>
      {courses.map((course) => (
        <CourseSettingsForm key={course.id} course={course} general={general} className={panel} />
      ))}
    </div>
  );
}
