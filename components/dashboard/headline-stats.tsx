import type { LearnerDashboard } from '@/lib/dashboard/learner-dashboard';
import { countDefinitions } from '@/lib/dashboard/counts';
import { plural, studyTime } from './format';

function Stat({ label, value, note, means }: { label: string; value: string; note?: string; means?: string }) {
  return (
    <div className="rounded-xl border border-slate-200 p-3 sm:p-4 dark:border-slate-800" title={means}>
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
    <div>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-5" aria-label="At a glance">
        <Stat label="Current streak" value={plural(streak.current, 'day')} note={streakNote} />
        <Stat
          label={`Cards ${countDefinitions.due.label.toLowerCase()}`}
          value={String(dueToday)}
          note={data.forecast.overdue > 0 ? `${data.forecast.overdue} ${countDefinitions.overdue.label.toLowerCase()}` : undefined}
          means={`${countDefinitions.due.means} ${countDefinitions.overdue.label}: ${countDefinitions.overdue.means}`}
        />
        <Stat
          label={`${countDefinitions.reviews.label} today`}
          value={String(data.history.reviewsToday)}
          note={reviewsTodayNote(data.reviewsToday)}
          means={countDefinitions.reviews.means}
        />
        <Stat label="Lessons completed" value={`${lessons.completed} of ${lessons.total}`} />
        <Stat label="Study time, 30 days" value={studyTime(data.history.studyMsLast30Days)} />
      </dl>
      <details className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        <summary className="cursor-pointer font-medium">What these numbers count</summary>
        <dl className="mt-2 space-y-1">
          {(['reviews', 'cards', 'answers', 'due', 'overdue'] as const).map((name) => (
            <div key={name}>
              <dt className="inline font-semibold">{countDefinitions[name].label}: </dt>
              <dd className="inline">{countDefinitions[name].means}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}

/** "20 in review sessions · 24 from quiz answers": what the day's review count is made of. */
function reviewsTodayNote({ sessions, answers }: LearnerDashboard['reviewsToday']): string | undefined {
  if (sessions + answers === 0) return undefined;
  return `${sessions} in review sessions · ${answers} from quiz, practice and exam answers`;
}
