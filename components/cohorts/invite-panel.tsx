'use client';

import { useEffect, useState } from 'react';
import { renewInviteCodeAction } from '@/app/instructor/cohorts/actions';
import { ConfirmButton } from './confirm-button';

export function InvitePanel({ cohortId, code }: { cohortId: string; code: string }) {
  const [link, setLink] = useState(`/cohorts?join=${code}`);
  const [copied, setCopied] = useState(false);
  useEffect(() => setLink(`${window.location.origin}/cohorts?join=${code}`), [code]);

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
        <ConfirmButton serverAction={renewInviteCodeAction} input={{ cohortId }} label="New code" confirm="Make a new invite code? The old code and link stop working; current members stay." />
      </div>
    </div>
  );
}
