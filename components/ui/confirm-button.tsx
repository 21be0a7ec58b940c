'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
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

/**
 * A button for a destructive action: asks first in the app's own dialog (not the browser's, which
 * looks like a warning from the browser and cannot be styled or read in dark mode), then runs the
 * action once and shows any refusal.
 */
export function ConfirmButton<Input>({ serverAction, input, label, confirm, pendingLabel, done, afterwards, variant = 'secondary' }: Props<Input>) {
  const router = useRouter();
  const run = useAction(serverAction);
  const [asking, setAsking] = useState(false);
  const proceed = () => {
    setAsking(false);
    run.run(input, () => (afterwards ? router.push(afterwards) : router.refresh()));
  };
  return (
    <span className="inline-flex flex-col items-start">
      <Button type="button" variant={variant} disabled={run.pending} onClick={() => setAsking(true)}>
        {run.pending && pendingLabel ? pendingLabel : label}
      </Button>
      <Dialog open={asking} onClose={() => setAsking(false)} title={`${label}?`}>
        <p className="text-sm">{confirm}</p>
        <div className="mt-4 flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
            Cancel
          </Button>
          <Button type="button" variant={variant === 'danger' ? 'danger' : 'primary'} onClick={proceed}>
            {label}
          </Button>
        </div>
      </Dialog>
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
