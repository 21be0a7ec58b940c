import { AnswerMark, markFrame, selectableFrame } from './answer-mark';
import type { Mark } from './answer-state';
import { RichText } from './rich-text';
import { optionLetter } from './shortcuts';

type OptionRowProps = {
  type: 'radio' | 'checkbox';
  name: string;
  id: string;
  html: string;
  index: number;
  checked: boolean;
  disabled: boolean;
  /** Set once graded: the row's outline and text badge come from the mark, not the selection. */
  graded: boolean;
  mark: Mark | null;
  onToggle: () => void;
};

/** One option of a single or multiple choice question; the whole row is the input's label. */
export function OptionRow({ type, name, id, html, index, checked, disabled, graded, mark, onToggle }: OptionRowProps) {
  const frame = graded ? markFrame[mark ?? 'none'] : selectableFrame;
  return (
    <li>
      <label
        className={`flex min-h-11 items-start gap-3 rounded-lg border-2 p-3 transition-colors has-focus-visible:ring-2 has-focus-visible:ring-brand-600 has-focus-visible:ring-offset-2 dark:ring-offset-slate-950 ${frame} ${disabled ? 'cursor-default' : 'cursor-pointer'}`}
      >
        <input
          type={type}
          name={name}
          value={id}
          checked={checked}
          disabled={disabled}
          onChange={onToggle}
          className="mt-1 size-5 shrink-0 accent-brand-700 focus-visible:outline-none dark:accent-brand-500"
        />
        <span
          aria-hidden="true"
          className="mt-0.5 flex size-6 shrink-0 items-center justify-center rounded border border-slate-300 text-xs font-semibold text-slate-600 dark:border-slate-600 dark:text-slate-300"
        >
          {optionLetter(index)}
        </span>
        <span className="min-w-0 flex-1">
          <RichText html={html} />
          {mark && <AnswerMark mark={mark} />}
        </span>
      </label>
    </li>
  );
}
