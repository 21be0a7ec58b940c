'use client';

import { useRouter } from 'next/navigation';
import { giveBackToFileAction } from '@/app/author/lessons/actions';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useAction } from '@/components/use-action';

/** Discards the database's ownership: the next content:sync replaces the lesson with its file. */
export function GiveBackButton({ lessonId, file }: { lessonId: string; file: string }) {
  const router = useRouter();
  const { run, pending, error } = useAction(giveBackToFileAction);
  const confirmAndRun = () => {
    if (window.confirm(`Give this lesson back to ${file}? The next content:sync replaces the browser version with the file (revisions stay in the history).`)) {
      run({ lessonId }, () => router.refresh());
    }
  };
  return (
    <div>
      <Button type="button" variant="danger" onClick={confirmAndRun} disabled={pending}>
        {pending ? 'Giving back…' : 'Give back to the file'}
      </Button>
      <FormStatus tone="error" message={error} />
    </div>
  );
}
