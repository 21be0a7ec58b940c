'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { startDrillAction } from '@/app/drill/actions';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useAction } from '@/components/use-action';
import { drillCatalog, drillPresets, type DrillPresetId } from '@/lib/drill/catalog';
import type { GeneratorName } from '@/lib/questions/generators';

const names = Object.keys(drillCatalog) as GeneratorName[];

/** Presets fill the checkboxes; changing a box by hand makes it a custom set. */
export function DrillPicker() {
  const router = useRouter();
  const [preset, setPreset] = useState<DrillPresetId | null>('subnetting');
  const [picked, setPicked] = useState<Set<GeneratorName>>(() => new Set(drillPresets[0].generators));
  const { run, pending, error } = useAction(startDrillAction);

  const choosePreset = (id: DrillPresetId) => {
    setPreset(id);
    setPicked(new Set(drillPresets.find((p) => p.id === id)!.generators));
  };
  const toggle = (name: GeneratorName) => {
    setPreset(null);
    setPicked((current) => {
      const next = new Set(current);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });
  };
  const start = () => {
    const generators = names.filter((n) => picked.has(n)).map((generator) => ({ generator }));
    run({ generators, preset }, ({ runId }) => router.push(`/drill/${runId}`));
  };

  return (
    <form
      className="min-w-0"
      onSubmit={(event) => {
        event.preventDefault();
        start();
      }}
    >
      <fieldset>
        <legend className="text-lg font-semibold">Presets</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {drillPresets.map((p) => (
            <button
              key={p.id}
              type="button"
              aria-pressed={preset === p.id}
              onClick={() => choosePreset(p.id)}
              className="min-h-11 rounded-full border border-slate-300 px-4 text-sm font-medium hover:bg-slate-50 aria-pressed:border-brand-600 aria-pressed:bg-brand-50 aria-pressed:text-brand-800 dark:border-slate-700 dark:hover:bg-slate-800 dark:aria-pressed:bg-brand-800/40 dark:aria-pressed:text-brand-100"
            >
              {p.label}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset className="mt-6">
        <legend className="text-lg font-semibold">Generators</legend>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {names.map((name) => (
            <li key={name}>
              <label className="flex min-h-11 cursor-pointer gap-3 rounded-md border border-slate-200 p-3 has-checked:border-brand-600 dark:border-slate-800 dark:has-checked:border-brand-500">
                <input type="checkbox" className="mt-1 size-4 shrink-0" checked={picked.has(name)} onChange={() => toggle(name)} />
                <span className="min-w-0">
                  <span className="block font-medium">{drillCatalog[name].label}</span>
                  <span className="block text-sm text-slate-600 dark:text-slate-300">{drillCatalog[name].description}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mt-6 flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending || picked.size === 0} className="min-h-11">
          {pending ? 'Starting…' : 'Start the sprint'}
        </Button>
        <span className="text-sm text-slate-600 dark:text-slate-300">
          {picked.size === 0 ? 'Pick at least one generator.' : '20 problems or 5:00, whichever comes first.'}
        </span>
      </div>
      <FormStatus message={error} tone="error" />
    </form>
  );
}
