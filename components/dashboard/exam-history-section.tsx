import Link from 'next/link';
import { Section } from '@/components/ui/section';
import type { ExamSitting } from '@/lib/dashboard/exam-history';
import type { LearnerDashboard } from '@/lib/dashboard/learner-dashboard';
import { ChartTable } from './chart-table';
import { SeriesLineChart } from './series-line-chart';
import { EmptyNote } from './empty-note';
import { ExamHistoryChart } from './exam-history-chart';
import { cardClass, linkClass, percent } from './format';
import { ScrollTable } from './scroll-table';
import { formatDate } from '@/lib/format/dates';
import { requestDates } from '@/lib/format/request-dates';

function result(exam: ExamSitting): string {
  if (exam.passed === null) return 'no pass mark';
  return exam.passed ? 'Pass' : 'Fail';
}

/** Exam simulations over time against the pass mark; the table is the chart's accessible twin and links each report. */
type Props = {
  exams: ExamSitting[];
  course: LearnerDashboard['course'];
  /** The blueprint's domains, in order, for the score history by domain. */
  domains: Array<{ code: string; title: string }>;
  passMarkFraction: number | null;
  timeZone: string;
  readOnly: boolean;
};

const domainPercent = (exam: ExamSitting, code: string) => {
  const d = exam.domains.find((x) => x.code === code);
  return d && d.total > 0 ? Math.round((d.correct / d.total) * 100) : null;
};

export async function ExamHistorySection({ exams, course, domains, passMarkFraction, timeZone, readOnly }: Props) {
  // Dates on the learner's own calendar (their learner day), as everywhere else on the dashboard, in the reader's locale.
  const dates = { ...(await requestDates()), timeZone };
  return (
    <Section id="exams" title="Exam simulations" className={cardClass}>
      {exams.length === 0 ? (
        <EmptyNote>
          No exam simulation taken yet.{' '}
          {!readOnly && (
            <>
              When most objectives are practised,{' '}
              <Link href="/exam" className={linkClass}>
                take a timed exam
              </Link>{' '}
              weighted like the real one; each score is plotted here against the pass mark.
            </>
          )}
        </EmptyNote>
      ) : (
        <>
          <ExamHistoryChart
            points={exams.map((e) => ({ label: formatDate(e.submittedAt, 'day', dates), score: Math.round(e.score * 100) }))}
            passMark={passMarkFraction === null ? null : Math.round(passMarkFraction * 100)}
          />
          <ScrollTable caption={`Exam simulation results${course.passMark !== null ? `, pass mark ${course.passMark}` : ''}`} className="mt-3">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Questions</th>
                <th scope="col">Fully correct</th>
                {course.scaleMax !== null && <th scope="col">Scaled (pass {course.passMark})</th>}
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {exams.map((e) => (
                <tr key={e.id}>
                  <th scope="row" className="font-normal">
                    {readOnly ? (
                      formatDate(e.submittedAt, 'date', dates)
                    ) : (
                      <Link href={`/attempts/${e.id}`} className={linkClass}>
                        {formatDate(e.submittedAt, 'date', dates)}
                      </Link>
                    )}
                  </th>
                  <td className="tabular-nums">{e.questions}</td>
                  <td className="tabular-nums">{percent(e.score)}</td>
                  {course.scaleMax !== null && <td className="tabular-nums">{e.scaledScore ?? '—'}</td>}
                  <td>{result(e)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          <h3 className="mt-6 font-semibold">Score by domain over time</h3>
          <SeriesLineChart
            unit="%"
            height={240}
            series={domains.map((d) => ({ key: d.code, label: `${d.code} ${d.title}` }))}
            points={exams.map((e) => ({
              label: formatDate(e.submittedAt, 'day', dates),
              ...Object.fromEntries(domains.flatMap((d) => (domainPercent(e, d.code) === null ? [] : [[d.code, domainPercent(e, d.code)!]]))),
            }))}
          />
          <ChartTable summary="Score by domain as a table" caption="Exam score by domain, percent fully correct">
            <thead>
              <tr>
                <th scope="col">Date</th>
                {domains.map((d) => (
                  <th key={d.code} scope="col" title={d.title}>
                    {d.code}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {exams.map((e) => (
                <tr key={e.id}>
                  <th scope="row" className="font-normal">
                    {formatDate(e.submittedAt, 'date', dates)}
                  </th>
                  {domains.map((d) => {
                    const score = e.domains.find((x) => x.code === d.code);
                    return (
                      <td key={d.code} className="tabular-nums">
                        {score && score.total > 0 ? `${domainPercent(e, d.code)}% (${score.correct}/${score.total})` : '—'}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </ChartTable>
        </>
      )}
    </Section>
  );
}
