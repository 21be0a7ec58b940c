'use client';

import { restoreQuestionVersionAction } from '@/app/author/questions/actions';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useAction } from '@/components/use-action';

export function RestoreButton({ questionId, version }: { questionId: string; version: number }) {
  const restore = useAction(restoreQuestionVersionAction);
  return (
    <div>
      <Button type="button" variant="secondary" onClick={() => restore.run({ questionId, version })} disabled={restore.pending}>
        {restore.pending ? 'Restoring…' : `Restore version ${version}`}
      </Button>
      <FormStatus message={restore.error ?? (restore.result?.ok ? `Version ${version} is what learners see now.` : null)} tone={restore.error ? 'error' : 'success'} />
    </div>
  );
}
