'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useEffect, useEffectEvent, useState } from 'react';
import { Button } from '@/components/ui/button';

const retryEverySeconds = 5;
const maxAutomaticRetries = 12;

/**
 * A page that failed on the server. In production Next hides the cause, and the usual one is
 * passing (the database restarting or overloaded), so the page says so and tries again by itself
 * for about a minute before leaving it to the button.
 */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const [tries, setTries] = useState(0);
  const [seconds, setSeconds] = useState(retryEverySeconds);
  const automatic = tries < maxAutomaticRetries;

  const retry = () => {
    setTries((n) => n + 1);
    setSeconds(retryEverySeconds);
    startTransition(() => {
      router.refresh();
      reset();
    });
  };

  const tick = useEffectEvent(() => {
    if (seconds <= 1) retry();
    else setSeconds(seconds - 1);
  });

  useEffect(() => {
    if (!automatic) return;
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [automatic]);

  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold tracking-tight">This page could not be loaded just now</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-300">
        Most often this passes in seconds: the server could not reach its database (a restart or a busy moment). What you saved before is safe.
      </p>
      <p className="mt-2 text-sm text-slate-500 dark:text-slate-400" aria-live="polite">
        {automatic ? `Trying again in ${seconds} s…` : 'Still not answering. Try again in a minute.'}
      </p>
      <Button className="mt-6" onClick={retry}>
        Try again now
      </Button>
    </div>
  );
}
