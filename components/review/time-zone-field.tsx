'use client';

import { useState, useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';
import { FieldErrors } from '@/components/ui/field';

const noSubscription = () => () => {};
let zones: string[] | undefined;
// The list differs between Node's and the browser's ICU, so it is only read in the browser
// (the server renders the saved zone alone); cached so every read returns the same array.
const browserZones = () => (zones ??= Intl.supportedValuesOf('timeZone'));
const serverZones = (): string[] => [];
const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The time zone select, with a one-click switch to the device's own zone. */
export function TimeZoneField({ name, initial, errors }: { name: string; initial: string; errors?: string[] }) {
  const [zone, setZone] = useState(initial);
  const all = useSyncExternalStore(noSubscription, browserZones, serverZones);
  const device = useSyncExternalStore(noSubscription, deviceZone, () => null);
  const options = all.includes(zone) ? all : [zone, ...all];
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        Time zone
      </label>
      <select
        id={name}
        name={name}
        value={zone}
        onChange={(e) => setZone(e.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${name}-error` : undefined}
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 dark:border-slate-700 dark:bg-slate-900"
      >
        {options.map((z) => (
          <option key={z} value={z}>
            {z}
          </option>
        ))}
      </select>
      {device && device !== zone && (
        <Button type="button" variant="secondary" className="mt-2 text-left" onClick={() => setZone(device)}>
          Use my device&apos;s time zone ({device})
        </Button>
      )}
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}
