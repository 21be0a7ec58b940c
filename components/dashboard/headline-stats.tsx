import type { LearnerDashboard } from '@/lib/dashboard/learner-dashboard';
import { plural, studyTime } from './format';

function Stat({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="rounded-xl border border-slate-200 p-3 sm:p-4 dark:border-slate-800">
      <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="mt-1 text-2xl font-bold tabular-nums">{value}</dd>
      {note && <dd className="mt-1 text-xs text-slate-600 dark:text-slate-400">{note}</dd>}
    </div>
  );
}

/** The numbers a learner checks every day, at the top of the page. */
export function HeadlineStats({ data }: { data: LearnerDashboard }) {
  const { streak } = data.history;
  const lessons = data.chapters.reduce((sum, c) => ({ total: sum.total + c.total, completed: sum.completed + c.completed }), { total: 0, completed: 0 });
  const dueToday = data.forecast.days[0]?.due ?? 0;
  const streakNote =
    streak.current === 0 ? 'Review today to start one' : streak.studiedToday ? `Longest: ${plural(streak.longest, 'day')}` : 'Review today to keep it going';
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-5" aria-label="At a glance">
      <Stat label="Current streak" value={plural(streak.current, 'day')} note={streakNote} />
      <Stat label="Due today" value={String(dueToday)} note={data.forecast.overdue > 0 ? `${data.forecast.overdue} overdue` : undefined} />
      <Stat label="Reviews today" value={String(data.history.reviewsToday)} />
      <Stat label="Lessons completed" value={`${lessons.completed} of ${lessons.total}`} />
      <Stat label="Study time, 30 days" value={studyTime(data.history.studyMsLast30Days)} />
    </dl>
  );
}
