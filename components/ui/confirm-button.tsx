'use client';

import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/use-action';
import type { ActionResult } from '@/lib/http/action';

type Props<Input> = {
  serverAction: (input: Input) => Promise<ActionResult<unknown>>;
  input: Input;
  label: string;
  confirm: string;
  /** The label while the action runs. */
  pendingLabel?: string;
  /** Said once the action succeeded, for actions that leave the reader on the page. */
  done?: string;
  afterwards?: string;
  variant?: 'secondary' | 'danger';
};

/** A button for a destructive action: asks first, then runs the action once and shows any refusal. */
export function ConfirmButton<Input>({ serverAction, input, label, confirm, pendingLabel, done, afterwards, variant = 'secondary' }: Props<Input>) {
  const router = useRouter();
  const run = useAction(serverAction);
  return (
    <span className="inline-flex flex-col items-start">
      <Button
        type="button"
        variant={variant}
        disabled={run.pending}
        onClick={() => {
          if (window.confirm(confirm)) run.run(input, () => (afterwards ? router.push(afterwards) : router.refresh()));
        }}
      >
        {run.pending && pendingLabel ? pendingLabel : label}
      </Button>
      {run.error && (
        <span role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">
          {run.error}
        </span>
      )}
      {/* Present before the outcome, so that screen readers announce the change. */}
      {done && (
        <span role="status" className="mt-1 text-xs text-green-700 empty:hidden dark:text-green-400">
          {run.result?.ok ? done : null}
        </span>
      )}
    </span>
  );
}
