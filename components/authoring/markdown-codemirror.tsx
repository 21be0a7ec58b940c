'use client';

import { markdown } from '@codemirror/lang-markdown';
import CodeMirror, { EditorView } from '@uiw/react-codemirror';
import { useDarkMode } from '@/components/use-dark-mode';

// The editable element itself needs the name; a label on the wrapper would not reach screen readers.
const extensions = [markdown(), EditorView.lineWrapping, EditorView.contentAttributes.of({ 'aria-label': 'Lesson body (Markdown)' })];

/** CodeMirror with Markdown highlighting; loaded only in the browser (see markdown-input.tsx). */
export default function MarkdownCodeMirror({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const dark = useDarkMode();
  return (
    <CodeMirror
      value={value}
      onChange={onChange}
      extensions={extensions}
      theme={dark ? 'dark' : 'light'}
      minHeight="28rem"
      basicSetup={{ foldGutter: false }}
    />
  );
}
