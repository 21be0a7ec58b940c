import type { LearnerDashboard } from '@/lib/dashboard/learner-dashboard';
import { ChapterProgressList } from './chapter-progress';
import { ExamHistorySection } from './exam-history-section';
import { ExamPlanSection } from './exam-plan-section';
import { ForecastSection } from './forecast-section';
import { GettingStarted } from './getting-started';
import { HeadlineStats } from './headline-stats';
import { MasterySection } from './mastery-section';
import { NextSteps } from './next-steps';
import { ReadinessCard } from './readiness-card';
import { StudySection } from './study-section';

function isNewcomer(data: LearnerDashboard): boolean {
  return data.deckCards === 0 && data.readiness.basis.answers === 0 && data.exams.length === 0 && data.chapters.every((c) => c.completed === 0);
}

/**
 * A learner's whole dashboard for one course. `readOnly` is the instructor's drill-down: no
 * calls to action meant for the learner, no links into their private attempt reports.
 */
export function LearnerDashboardView({ data, readOnly = false, learnerName }: { data: LearnerDashboard; readOnly?: boolean; learnerName?: string }) {
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {learnerName ? `${learnerName} · ` : ''}
        {data.course.name} · days follow {data.timeZone}, starting at {String(data.dayStartHour).padStart(2, '0')}:00
      </p>
      {!readOnly && isNewcomer(data) && <GettingStarted data={data} />}
      <HeadlineStats data={data} />
      {(!readOnly || data.examPlan) && <ExamPlanSection data={data} readOnly={readOnly} />}
      <div className={readOnly ? '' : 'grid items-start gap-6 lg:grid-cols-3'}>
        <div className="lg:col-span-2">
          <ReadinessCard data={data} readOnly={readOnly} />
        </div>
        {!readOnly && <NextSteps data={data} />}
      </div>
      <MasterySection domains={data.domains} weakest={data.weakestLessons} readOnly={readOnly} />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <ChapterProgressList chapters={data.chapters} readOnly={readOnly} />
        <ForecastSection forecast={data.forecast} deckCards={data.deckCards} readOnly={readOnly} />
      </div>
      <StudySection history={data.history} today={data.today} readOnly={readOnly} />
      <ExamHistorySection
        exams={data.exams}
        course={data.course}
        domains={data.domains}
        passMarkFraction={data.readiness.passMarkFraction}
        timeZone={data.timeZone}
        readOnly={readOnly}
      />
    </div>
  );
}
