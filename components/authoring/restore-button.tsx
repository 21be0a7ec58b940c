'use client';

import { useRouter } from 'next/navigation';
import { restoreRevisionAction } from '@/app/author/lessons/actions';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useAction } from '@/components/use-action';

/** Publishes an old revision again, as a new revision. */
export function RestoreButton({ lessonId, number }: { lessonId: string; number: number }) {
  const router = useRouter();
  const { run, pending, error, result } = useAction(restoreRevisionAction);
  const restore = () => {
    if (window.confirm(`Restore revision ${number}? It is published at once as a new revision; nothing is lost.`)) run({ lessonId, number }, () => router.refresh());
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" onClick={restore} disabled={pending}>
        {pending ? 'Restoring…' : `Restore revision ${number}`}
      </Button>
      <FormStatus tone={error ? 'error' : 'success'} message={error ?? (result?.ok ? `Published as revision ${result.data.revision}.` : null)} />
    </div>
  );
}
