'use client';

import { yaml } from '@codemirror/lang-yaml';
import CodeMirror, { EditorView } from '@uiw/react-codemirror';
import { useDarkMode } from '@/components/use-dark-mode';

// The editable element itself needs the name; a label on the wrapper would not reach screen readers.
const extensions = [yaml(), EditorView.contentAttributes.of({ 'aria-label': 'Question as YAML' })];

type YamlTabProps = { value: string; onChange: (text: string) => void; problems: Array<{ line: number; field?: string; message: string }> };

/** The entry as it would stand in a .questions.yaml file, for authors who prefer to type it. */
export function YamlTab({ value, onChange, problems }: YamlTabProps) {
  const dark = useDarkMode();
  return (
    <div>
      <div className="overflow-hidden rounded-md border border-slate-300 text-sm dark:border-slate-700">
        <CodeMirror value={value} onChange={onChange} extensions={extensions} theme={dark ? 'dark' : 'light'} minHeight="24rem" />
      </div>
      {problems.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm text-red-700 dark:text-red-400" aria-label="Problems in the YAML">
          {problems.map((p, i) => (
            <li key={i}>
              <span className="font-mono">line {p.line}</span>
              {p.field && <span className="font-mono">: {p.field}</span>}: {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
