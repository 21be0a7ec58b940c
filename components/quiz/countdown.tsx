'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import { formatClock, thresholdMessage, warningSeconds } from './clock';
import { TimerIcon, WarningIcon } from '@/components/ui/icons';

type CountdownProps = {
  /** ISO time the attempt ends, by the server's clock. */
  deadline: string;
  /** ISO time on the server when the page was rendered; the difference to this device's clock is the skew. */
  serverNow: string;
  onExpire: () => void;
  /** Seconds left from which the warning style shows; a five-minute drill warns in its last minute. */
  warnAt?: number;
};

// An unreadable time counts as no time left rather than showing NaN.
const secondsBetween = (from: number, to: number) => (Number.isFinite(to - from) ? Math.max(0, Math.ceil((to - from) / 1000)) : 0);

/**
 * Time left in an exam. The first render uses deadline − serverNow, which server and client agree
 * on (no hydration mismatch); after mount it follows this device's clock shifted by the skew
 * measured at mount, so a wrong device clock neither shortens nor lengthens the exam.
 */
export function Countdown({ deadline, serverNow, onExpire, warnAt = warningSeconds }: CountdownProps) {
  const end = Date.parse(deadline);
  const [seconds, setSeconds] = useState(() => secondsBetween(Date.parse(serverNow), end));
  const [announcement, setAnnouncement] = useState('');
  const expire = useEffectEvent(onExpire);

  useEffect(() => {
    const skew = Date.parse(serverNow) - Date.now();
    let spoken = thresholdMessage(secondsBetween(Date.parse(serverNow), end));
    let expired = false;
    const tick = () => {
      const left = secondsBetween(Date.now() + skew, end);
      setSeconds(left);
      const message = thresholdMessage(left);
      if (message !== spoken) {
        spoken = message;
        if (message) setAnnouncement(message);
      }
      if (left === 0 && !expired) {
        expired = true;
        expire();
      }
    };
    // Sub-second ticks keep the display within a quarter second of the true boundary.
    const timer = window.setInterval(tick, 250);
    const first = window.setTimeout(tick, 0);
    return () => {
      window.clearInterval(timer);
      window.clearTimeout(first);
    };
  }, [end, serverNow]);

  const warning = seconds <= warnAt;
  return (
    <div className="inline-flex items-center">
      <div
        role="timer"
        aria-label="Time remaining"
        className={`inline-flex min-h-11 items-center gap-2 rounded-full border-2 px-4 font-mono text-lg font-semibold tabular-nums ${
          warning
            ? 'border-amber-600 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950/50 dark:text-amber-100'
            : 'border-slate-300 bg-white text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100'
        }`}
      >
        {warning ? <WarningIcon /> : <TimerIcon />}
        {formatClock(seconds)}
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
