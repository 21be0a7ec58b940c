'use client';

import { useState } from 'react';
import { clearCourseReviewSettingsAction, saveReviewSettingsAction } from '@/app/review/actions';
import { useAction } from '@/components/use-action';
import type { SrsSettingsValue } from '@/lib/srs/settings';
import { readSettings, type SettingsErrors } from './read-settings';

/** Saving one settings form (general, or one course's): field errors, pending state and the outcome line. */
export function useSettingsSave(scope: string) {
  const save = useAction(saveReviewSettingsAction);
  const clear = useAction(clearCourseReviewSettingsAction);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [last, setLast] = useState<'save' | 'clear'>('save');

  const saveSettings = (form: FormData, prefix: string, base: SrsSettingsValue, personal: boolean) => {
    const read = readSettings(form, prefix, base, personal);
    setErrors(read.errors);
    setSaved(null);
    setLast('save');
    if (read.settings) save.run({ scope, settings: read.settings }, () => setSaved('Saved. Your reviews use these settings from now on.'));
  };

  const clearOverride = () => {
    setErrors({});
    setSaved(null);
    setLast('clear');
    clear.run({ courseId: scope }, () => setSaved('Saved. This course uses your general settings.'));
  };

  const invalid = Object.keys(errors).length > 0;
  const failure = invalid ? 'Please correct the fields marked above.' : (last === 'save' ? save : clear).error;
  return {
    errors,
    pending: save.pending || clear.pending,
    status: saved ? { message: saved, tone: 'success' as const } : { message: failure, tone: 'error' as const },
    saveSettings,
    clearOverride,
  };
}
