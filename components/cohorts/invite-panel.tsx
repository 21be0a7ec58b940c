'use client';

import { useState, useSyncExternalStore } from 'react';
import { renewInviteCodeAction } from '@/app/instructor/cohorts/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';

const noSubscription = () => () => {};

export function InvitePanel({ cohortId, code }: { cohortId: string; code: string }) {
  // The origin is only known in the browser; the server renders the path alone.
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => '',
  );
  const link = `${origin}/cohorts?join=${code}`;
  const [copied, setCopied] = useState(false);

  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <p className="text-sm text-slate-500 dark:text-slate-400">Invite code</p>
      <p className="font-mono text-2xl font-bold tracking-widest" data-testid="invite-code">
        {code}
      </p>
      <p className="mt-2 break-all text-sm">
        Link: <span className="font-mono">{link}</span>
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold dark:border-slate-700"
          onClick={() => navigator.clipboard.writeText(link).then(() => setCopied(true))}
        >
          {copied ? 'Copied' : 'Copy link'}
        </button>
        <ConfirmButton
          serverAction={renewInviteCodeAction}
          input={{ cohortId }}
          label="New code"
          confirm="Make a new invite code? The old code and link stop working; current members stay."
        />
      </div>
    </div>
  );
}
