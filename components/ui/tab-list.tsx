import type { ReactNode } from 'react';

type Tab<Id extends string> = { id: Id; label: ReactNode; disabled?: boolean };

type TabListProps<Id extends string> = { label: string; tabs: ReadonlyArray<Tab<Id>>; selected: Id; onSelect: (id: Id) => void; className?: string };

/** Tabs that switch between views of one thing; the selection is shown by an underline, not colour alone. */
export function TabList<Id extends string>({ label, tabs, selected, onSelect, className = '' }: TabListProps<Id>) {
  return (
    <div role="tablist" aria-label={label} className={`flex gap-1 border-b border-slate-200 dark:border-slate-800 ${className}`}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          aria-selected={selected === tab.id}
          disabled={tab.disabled}
          onClick={() => onSelect(tab.id)}
          className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium aria-selected:border-brand-600 aria-selected:text-brand-700 disabled:opacity-50 dark:aria-selected:text-brand-100"
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
