'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { Section } from '@/components/ui/section';
import type { SrsSettingsValue } from '@/lib/srs/settings';
import { SettingsFields } from './settings-fields';
import { useSettingsSave } from './use-settings-save';

type CourseSettingsFormProps = {
  course: { id: string; name: string; overridden: boolean; settings: SrsSettingsValue };
  general: SrsSettingsValue;
  className: string;
};

/** One course: "use my general settings" (no override stored) or its own scheduler and limits. */
export function CourseSettingsForm({ course, general, className }: CourseSettingsFormProps) {
  const [custom, setCustom] = useState(course.overridden);
  const save = useSettingsSave(course.id);
  const prefix = `course-${course.id}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // An override is stored whole; the day and deck choices it does not show follow the general ones.
    const base = { ...course.settings, timeZone: general.timeZone, dayStartHour: general.dayStartHour, addOnLessonComplete: general.addOnLessonComplete };
    if (custom) save.saveSettings(new FormData(event.currentTarget), prefix, base, false);
    else save.clearOverride();
  }

  return (
    <Section id={`${prefix}-heading`} title={course.name} className={className}>
      <form onSubmit={submit} noValidate className="mt-4 space-y-4">
        <fieldset>
          <legend className="sr-only">Settings for {course.name}</legend>
          <div className="flex flex-col gap-2 sm:flex-row sm:gap-6">
            <label className="flex items-center gap-2">
              <input type="radio" name={`${prefix}-mode`} checked={!custom} onChange={() => setCustom(false)} className="size-4 accent-brand-700" />
              Use my general settings
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name={`${prefix}-mode`} checked={custom} onChange={() => setCustom(true)} className="size-4 accent-brand-700" />
              Use different settings for this course
            </label>
          </div>
        </fieldset>
        {custom && <SettingsFields prefix={prefix} initial={course.settings} errors={save.errors} personal={false} />}
        <FormStatus message={save.status.message} tone={save.status.tone} />
        <Button type="submit" disabled={save.pending}>
          {save.pending ? 'Saving…' : `Save ${course.name} settings`}
        </Button>
      </form>
    </Section>
  );
}
