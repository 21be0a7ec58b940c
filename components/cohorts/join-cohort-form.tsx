'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { joinCohortAction } from '@/app/cohorts/actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useAction } from '@/components/use-action';

export function JoinCohortForm({ initialCode }: { initialCode: string }) {
  const router = useRouter();
  const join = useAction(joinCohortAction);
  const [joined, setJoined] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '');
    join.run({ code }, (cohort) => {
      setJoined(cohort.alreadyMember ? `You are already a member of ${cohort.name}.` : `You joined ${cohort.name}.`);
      router.replace('/cohorts');
    });
  }

  return (
    <form onSubmit={submit} className="flex max-w-md flex-col gap-3 sm:flex-row sm:items-start" noValidate>
      <div className="flex-1">
        <Field
          label="Invite code"
          name="code"
          defaultValue={initialCode}
          autoComplete="off"
          placeholder="e.g. K7QM2XPA"
          className="uppercase"
          errors={join.errors.code}
        />
        <FormStatus message={joined ?? (join.errors.code ? null : join.error)} tone={joined ? 'success' : 'error'} />
      </div>
      <Button type="submit" disabled={join.pending} className="sm:mt-6">
        {join.pending ? 'Joining…' : 'Join cohort'}
      </Button>
    </form>
  );
}
