import Link from 'next/link';
import type { LearnerDashboard } from '@/lib/dashboard/learner-dashboard';
import type { ExamPlanView } from '@/lib/exam-plan/load-exam-plan';
import { requestDates } from '@/lib/format/request-dates';
import { ExamDateForm } from './exam-date-form';
import { ExamRecallTable } from './exam-recall-table';
import { cardClass, linkClass, longDay, percent, plural } from './format';
import { ReadinessBand } from './readiness-band';

function countdown(plan: ExamPlanView): string {
  if (plan.phase === 'after') return 'Your exam date has passed. Normal scheduling has resumed; set a new date if you are sitting it again.';
  if (plan.phase === 'exam-day') return 'Exam day is today. Good luck!';
  return `${plural(plan.daysLeft, 'day')} left`;
}

function ScoreOnDate({ plan, course }: { plan: ExamPlanView; course: LearnerDashboard['course'] }) {
  const r = plan.readiness;
  const scaled = (value: number | null, fraction: number) => (value === null ? percent(fraction) : String(value));
  if (r.predicted === null) return <p className="mt-3 text-slate-700 dark:text-slate-300">No predicted score on the date yet: answer some questions first.</p>;
  if (!r.enoughEvidence)
    return (
      <p className="mt-3 text-slate-700 dark:text-slate-300" data-testid="exam-score-thin">
        Predicted score on the date: not enough answers yet (anywhere from {scaled(r.lowScaled, r.low)} to {scaled(r.highScaled, r.high)}).
      </p>
    );
  return (
    <div className="mt-3" data-testid="exam-score">
      <p>
        <span className="text-sm text-slate-600 dark:text-slate-400">Predicted {course.shortName || course.name} score on the date </span>
        <span className="text-2xl font-bold tabular-nums">{scaled(r.predictedScaled, r.predicted)}</span>
        <span className="ml-2 text-slate-700 dark:text-slate-300">
          likely between {scaled(r.lowScaled, r.low)} and {scaled(r.highScaled, r.high)}
        </span>
      </p>
      <ReadinessBand predicted={r.predicted} low={r.low} high={r.high} passMark={r.passMarkFraction} />
    </div>
  );
}

function PlanList({ plan, locale }: { plan: ExamPlanView; locale: string }) {
  const p = plan.plan;
  if (!p) return null;
  return (
    <div className="mt-4">
      <h3 className="font-semibold">Your daily plan</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800 dark:text-slate-200" data-testid="daily-plan">
        <li>
          {p.introduceUntil
            ? `${plural(p.newPerDay, 'new card')} a day until ${longDay(p.introduceUntil, locale)}, so all ${plural(plan.unstudied, 'question')} not yet studied are in before the final week.`
            : 'Every question of the course has been studied: no new cards needed.'}
        </li>
        <li>About {plural(p.reviewsPerDay, 'review')} a day, as they fall due.</li>
        <li>{plural(p.eveReviews, 'review')} on the eve of the exam: every card due after it is brought forward to that day.</li>
        <li>
          About {p.minutesNeeded} minutes a day at your pace
          {p.fitsMinutes === null
            ? '.'
            : p.fitsMinutes
              ? `, within the ${plan.minutesPerDay} you planned.`
              : `, more than the ${plan.minutesPerDay} you planned.`}
        </li>
      </ul>
    </div>
  );
}

/** The exam date: days left, recall and score predicted on the date, the daily plan, and the form to set or change it. */
export async function ExamPlanSection({ data, readOnly }: { data: LearnerDashboard; readOnly: boolean }) {
  const { locale } = await requestDates();
  const plan = data.examPlan;
  return (
    <section aria-labelledby="exam-date" className={cardClass}>
      <h2 id="exam-date" className="text-xl font-semibold">
        Exam date
      </h2>
      {plan === null ? (
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          {readOnly
            ? 'No exam date set.'
            : 'No exam date set. Booked your exam? Set the date and this shows the days left, what you are predicted to recall on the day, and a daily plan to get there.'}
        </p>
      ) : (
        <>
          <p className="mt-2 text-lg font-semibold" data-testid="days-left">
            {countdown(plan)}
          </p>
          <p className="text-sm text-slate-600 dark:text-slate-400">Exam on {longDay(plan.examDate, locale)}.</p>
          {plan.phase !== 'after' && (
            <>
              <p className="mt-3 text-slate-800 dark:text-slate-200" data-testid="recall-on-date">
                {plan.recall.recall === null ? (
                  'Nothing studied yet: your predicted recall on the day appears here once you have reviewed cards of this course.'
                ) : (
                  <>
                    If you stopped studying today, you would recall <strong>{percent(plan.recall.recall)}</strong> of what you have studied on the day, covering{' '}
                    {percent(plan.recall.weightStudied)} of the exam’s weight.
                  </>
                )}{' '}
                Your target is {percent(plan.target)} (your desired retention).
              </p>
              <ScoreOnDate plan={plan} course={data.course} />
              <PlanList plan={plan} locale={locale} />
              <details className="mt-4">
                <summary className="cursor-pointer font-medium">Recall on the date by objective</summary>
                <ExamRecallTable recall={plan.recall} target={plan.target} dateLabel={longDay(plan.examDate, locale)} />
              </details>
              {!readOnly && (
                <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
                  How reviews are scheduled toward the date:{' '}
                  <Link href="/review/settings#exam-date" className={linkClass}>
                    review settings
                  </Link>
                  .
                </p>
              )}
            </>
          )}
        </>
      )}
      {!readOnly && <ExamDateForm courseId={data.course.id} examDate={data.studyPlan?.examDate ?? null} today={data.today} />}
    </section>
  );
}
