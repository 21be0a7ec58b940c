import type { LearnerDashboard } from '@/lib/dashboard/learner-dashboard';
import { maxBandWidth, minimumWeightForVerdict, type ReadinessVerdict } from '@/lib/dashboard/readiness';
import { cardClass, percent, plural } from './format';
import { ReadinessBand } from './readiness-band';

const verdicts: Record<ReadinessVerdict, { label: string; tone: string }> = {
  'likely-pass': { label: 'Likely to pass', tone: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-100' },
  borderline: { label: 'Too close to call', tone: 'bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-100' },
  'likely-fail': { label: 'Not ready yet', tone: 'bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-100' },
  unknown: { label: 'No verdict yet', tone: 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200' },
};

/** The predicted exam score, its band, what it rests on and how it is worked out. */
export function ReadinessCard({ data, readOnly }: { data: LearnerDashboard; readOnly: boolean }) {
  const { readiness: r, course } = data;
  const scaled = (value: number | null, fraction: number) => (value === null ? percent(fraction) : String(value));
  const { basis } = r;
  return (
    <section aria-labelledby="readiness" className={cardClass}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="readiness" className="text-xl font-semibold">
          Exam readiness
        </h2>
        <span className={`rounded-full px-3 py-1 text-sm font-semibold ${verdicts[r.verdict].tone}`}>{verdicts[r.verdict].label}</span>
      </div>
      {r.predicted === null ? (
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          No prediction yet: it needs answers to work from.{' '}
          {readOnly
            ? 'It appears once the learner answers questions of this course.'
            : `Take a lesson quiz or a practice session, and your predicted ${course.shortName || course.name} score appears here.`}
        </p>
      ) : !r.enoughEvidence ? (
        <p className="mt-3" data-testid="readiness-thin">
          <span className="text-xl font-semibold">Not enough answers yet</span>
          <span className="mt-1 block text-slate-700 dark:text-slate-300">
            With these answers your {course.shortName || course.name} score could be anywhere from {scaled(r.lowScaled, r.low)} to{' '}
            {scaled(r.highScaled, r.high)}, which says nothing useful. Practise across more objectives, and a predicted score appears once the range is narrow
            enough to mean something.
          </span>
        </p>
      ) : (
        <>
          <p className="mt-3">
            <span className="text-sm text-slate-600 dark:text-slate-400">Predicted score </span>
            <span className="text-3xl font-bold tabular-nums">{scaled(r.predictedScaled, r.predicted)}</span>
            <span className="ml-2 text-slate-700 dark:text-slate-300">
              likely between {scaled(r.lowScaled, r.low)} and {scaled(r.highScaled, r.high)}
            </span>
          </p>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {course.passMark !== null && course.scaleMin !== null && course.scaleMax !== null
              ? `Pass mark ${course.passMark} on a ${course.scaleMin}–${course.scaleMax} scale.`
              : `${course.shortName || course.name}: the vendor publishes no pass mark, so the score is shown as a percentage without a verdict.`}
          </p>
          <ReadinessBand predicted={r.predicted} low={r.low} high={r.high} passMark={r.passMarkFraction} />
        </>
      )}
      <p className="mt-3 text-sm text-slate-700 dark:text-slate-300" data-testid="readiness-basis">
        Based on {plural(basis.answers, 'answer')} to {plural(basis.questionsPractised, 'question')} covering {basis.objectivesPractised} of{' '}
        {plural(basis.objectivesTotal, 'objective')}, {percent(basis.weightCovered)} of the exam’s weight.
        {r.predicted !== null && basis.weightCovered < minimumWeightForVerdict && ' Practise more objectives to narrow the range and get a verdict.'}
      </p>
      <details className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        <summary className="cursor-pointer font-medium">How this is worked out</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>Each domain counts as much as the official blueprint says, shared equally by its objectives.</li>
          <li>
            For each objective you have answered, only the answers you got right count, each as much as you are predicted to still remember its question today
            (FSRS, which drops while you stay away). So the estimate never rises above your accuracy, and two right out of two reads as 75%, not 100%, until
            more answers back it up.
          </li>
          <li>The predicted score assumes the rest of the exam goes like the objectives you have practised.</li>
          <li>
            The range is a 90% band: it narrows as you answer more, includes the luck of the draw on a real exam, and treats every objective you have never
            practised as unknown: anywhere from none to all of its marks. While the range is wider than {percent(maxBandWidth)} of the scale, no score is shown.
          </li>
          <li>A verdict needs a published pass mark and practice covering at least {percent(minimumWeightForVerdict)} of the exam’s weight.</li>
        </ul>
      </details>
    </section>
  );
}
