import { Field } from '@/components/ui/field';
import type { SrsSettingsValue } from '@/lib/srs/settings';
import type { SettingsErrors } from './read-settings';
import { TimeZoneField } from './time-zone-field';

type SettingsFieldsProps = {
  /** Makes ids unique: the page holds the general form and one per course. */
  prefix: string;
  initial: SrsSettingsValue;
  errors: SettingsErrors;
  /** The learner's day and deck-building choices are general settings, not per course. */
  personal: boolean;
};

const stepsHint = 'Separated by spaces, like "1m 10m" (m minutes, h hours, d days).';

/** The scheduler and limit fields shared by the general form and the course overrides. */
export function SettingsFields({ prefix, initial, errors, personal }: SettingsFieldsProps) {
  const name = (key: keyof SrsSettingsValue) => `${prefix}-${key}`;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <Field
          label="Desired retention"
          name={name('desiredRetention')}
          type="number"
          inputMode="decimal"
          min={0.7}
          max={0.97}
          step={0.01}
          defaultValue={initial.desiredRetention}
          hint="From 0.70 to 0.97: how likely you should still remember a card when it comes back. Higher = more reviews."
          errors={errors.desiredRetention}
        />
      </div>
      <Field
        label="New cards per day"
        name={name('newPerDay')}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        defaultValue={initial.newPerDay}
        errors={errors.newPerDay}
      />
      <Field
        label="Maximum reviews per day"
        name={name('maxReviewsPerDay')}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        defaultValue={initial.maxReviewsPerDay}
        errors={errors.maxReviewsPerDay}
      />
      <Field
        label="Maximum interval (days)"
        name={name('maximumInterval')}
        type="number"
        inputMode="numeric"
        min={1}
        step={1}
        defaultValue={initial.maximumInterval}
        hint="The longest a card may stay away."
        errors={errors.maximumInterval}
      />
      <Field
        label="Learning steps"
        name={name('learningSteps')}
        defaultValue={initial.learningSteps.join(' ')}
        hint={stepsHint}
        errors={errors.learningSteps}
      />
      <Field
        label="Relearning steps"
        name={name('relearningSteps')}
        defaultValue={initial.relearningSteps.join(' ')}
        hint={stepsHint}
        errors={errors.relearningSteps}
      />
      {personal && (
        <>
          <TimeZoneField name={name('timeZone')} initial={initial.timeZone} errors={errors.timeZone} />
          <Field
            label="Hour a new day starts"
            name={name('dayStartHour')}
            type="number"
            inputMode="numeric"
            min={0}
            max={23}
            step={1}
            defaultValue={initial.dayStartHour}
            hint="0–23, your time: reviews done before this hour still count for the day before."
            errors={errors.dayStartHour}
          />
          <label className="flex items-start gap-2 sm:col-span-2">
            <input type="checkbox" name={name('addOnLessonComplete')} defaultChecked={initial.addOnLessonComplete} className="mt-1 size-4 accent-brand-700" />
            <span>Add a lesson&apos;s questions when I complete it</span>
          </label>
        </>
      )}
    </div>
  );
}
