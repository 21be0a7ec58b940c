import { facilityBounds, minimumAnswersForFlags } from '@/lib/dashboard/item-analysis-flags';

/** What the numbers mean and which answers they count, in the words of Moodle's quiz statistics. */
export function ItemDefinitions() {
  return (
    <details className="mt-3 text-sm text-slate-700 dark:text-slate-300">
      <summary className="cursor-pointer font-medium">How these are worked out</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>
          <strong>Answers counted:</strong> every graded answer of your cohorts’ learners in submitted lesson quizzes, practice sessions and exam simulations of
          this course. A question left unanswered in an exam counts as 0, as it does in the exam’s score; unanswered practice questions are left out.
        </li>
        <li>
          <strong>Facility index</strong> = mean score ÷ maximum score (each question scores 0 or 1): the share answered right. Flagged under{' '}
          {facilityBounds.low} (too hard) or over {facilityBounds.high} (too easy), but only from {minimumAnswersForFlags} answers on: with fewer, one lucky
          guess moves it a lot (Moodle advises a few dozen attempts), so the table says “n too small” instead.
        </li>
        <li>
          <strong>Discrimination index</strong> = the correlation between the score on this question and the score on the rest of the exam, over submitted exam
          simulations only. Near 1: stronger learners get it right more often; below 0 (flagged): weaker learners do better than stronger ones, so the question
          or its key may be wrong. Shown as — until two or more exam attempts include it and their scores differ; flagged only from {minimumAnswersForFlags}{' '}
          exam attempts on.
        </li>
        <li>
          <strong>Answers chosen:</strong> how often each option was picked (each pick of a multiple-select counts); for typed answers, the most frequent ones.
          A distractor nobody picks is doing no work.
        </li>
        <li>
          <strong>Mean time:</strong> average time to answer, over answers with a recorded time.
        </li>
      </ul>
    </details>
  );
}
