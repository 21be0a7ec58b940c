'use client';

import { useState } from 'react';
import { QuestionView } from '@/components/quiz/question-view';
import { RichText } from '@/components/quiz/rich-text';
import type { QuestionPreview as Preview } from '@/lib/authoring/questions/preview';
import type { QuestionResponse } from '@/lib/questions/schema';

const noop = () => {};

/** The question exactly as a learner gets it (try it out), and the answer a learner sees afterwards. */
export function QuestionPreview({ preview }: { preview: Preview }) {
  return (
    <div className="space-y-4">
      <section aria-labelledby="preview-learner">
        <h3 id="preview-learner" className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
          What learners see
        </h3>
        <TryIt key={JSON.stringify(preview.presented)} preview={preview} />
      </section>
      <section aria-labelledby="preview-answer">
        <h3 id="preview-answer" className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
          Answer and explanation
        </h3>
        <QuestionView question={preview.presented} value={preview.answer.response} onChange={noop} feedback={preview.answer.feedback} disabled />
        {preview.optionFeedback.length > 0 && (
          <div className="mt-3 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800">
            <p className="font-semibold">Feedback a learner gets for picking…</p>
            <dl className="mt-2 space-y-2">
              {preview.optionFeedback.map((entry, index) => (
                <div key={index}>
                  <dt className="font-medium">
                    <RichText html={entry.optionHtml} />
                  </dt>
                  <dd className="ml-4 text-slate-600 dark:text-slate-300">
                    <RichText html={entry.feedbackHtml} />
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        )}
      </section>
      {preview.variants.length > 0 && (
        <section aria-labelledby="preview-variants">
          <h3 id="preview-variants" className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
            Sample variants (each showing draws a fresh one)
          </h3>
          <ol className="space-y-2 text-sm">
            {preview.variants.map((variant) => (
              <li key={variant.seed} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
                <RichText html={variant.stemHtml} />
                <p className="mt-1 text-slate-600 dark:text-slate-300">
                  Answer: <code>{variant.answer}</code>
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

function TryIt({ preview }: { preview: Preview }) {
  const [value, setValue] = useState<QuestionResponse | null>(null);
  return <QuestionView question={preview.presented} value={value} onChange={setValue} />;
}
