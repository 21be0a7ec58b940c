import type { Metadata } from 'next';
import Link from 'next/link';
import { ItemFlagBadges } from '@/components/authoring/questions/item-flag-badges';
import { NewQuestionForm } from '@/components/authoring/questions/new-question-form';
import { QuestionFiltersForm } from '@/components/authoring/questions/question-filters';
import { StatusBadges } from '@/components/authoring/questions/status-badges';
import { htmlToText } from '@/components/quiz/html-text';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { authorLessons, listAuthorQuestions, type QuestionFilters } from '@/lib/authoring/questions/list';
import { listCourses } from '@/lib/courses/queries';
import type { ItemFlag } from '@/lib/dashboard/item-analysis-flags';
import { db } from '@/lib/db/client';
import { questionTypeLabel } from '@/lib/questions/types/registry';
import { pageQuery } from '@/lib/http/page-input';
import { formatDate } from '@/lib/format/dates';
import { requestDates } from '@/lib/format/request-dates';

export const metadata: Metadata = { title: 'Questions' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const flags: ItemFlag[] = ['too-hard', 'too-easy', 'negative-discrimination'];

export default async function AuthorQuestionsPage({ searchParams }: { searchParams: SearchParams }) {
  const dates = await requestDates();
  const viewer = await requirePageViewer('instructor', '/author/questions');
  const params = await pageQuery(searchParams);
  const one = (key: string) => (typeof params[key] === 'string' && params[key] ? (params[key] as string).slice(0, 200) : undefined);
  const filters: QuestionFilters = {
    q: one('q'),
    courseId: one('course'),
    lessonId: one('lesson'),
    type: one('type'),
    flag: flags.find((f) => f === one('flag')),
  };
  const [list, courses, lessons] = await Promise.all([listAuthorQuestions(db(), viewer, filters), listCourses(db()), authorLessons(db())]);
  const lessonOptions = lessons.map((l) => ({ id: l.id, label: l.title }));
  const empty = list.questions.length === 0 && list.newDrafts.length === 0;
  return (
    <div>
      <PageHeading
        title="Questions"
        beside={
          <Link
            href="/author/upload/questions"
            className="ml-auto rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            Upload GIFT / Aiken
          </Link>
        }
      >
        Edit, publish and retire questions. Learners only ever see published versions. Which objectives still lack questions:{' '}
        <Link href="/author/coverage" className="underline">
          blueprint coverage
        </Link>
        .
      </PageHeading>
      <div className="mt-6">
        <NewQuestionForm lessons={lessonOptions} defaultLesson={filters.lessonId} />
      </div>
      <div className="mt-6">
        <QuestionFiltersForm filters={filters} courses={courses.map((c) => ({ id: c.id, label: c.name }))} lessons={lessonOptions} />
      </div>
      {empty ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-700 dark:text-slate-300">
          No questions match. Clear a filter, or start a new question above.
        </p>
      ) : (
        <>
          {list.newDrafts.length > 0 && (
            <section aria-labelledby="new-drafts" className="mt-6">
              <h2 id="new-drafts" className="text-lg font-semibold">
                New questions in draft
              </h2>
              <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
                {list.newDrafts.map((d) => (
                  <li key={d.id} className="p-3">
                    <Link href={`/author/questions/new?draft=${d.id}`} className="font-medium hover:underline">
                      {d.stem.slice(0, 140) || '(no stem yet)'}
                    </Link>
                    <p className="text-sm text-slate-500 dark:text-slate-400">
                      <span className="font-mono">{d.questionId || 'no id yet'}</span> · {d.lessonId} · saved {formatDate(d.updatedAt, 'dateTime', dates)}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <p className="mt-6 text-sm text-slate-500 dark:text-slate-400" aria-live="polite">
            {list.questions.length} question{list.questions.length === 1 ? '' : 's'}
            {list.truncated && ' (the first 200; narrow the filters to see the rest)'}
          </p>
          <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {list.questions.map((q) => (
              <li key={q.id} className="p-3">
                <Link href={`/author/questions/${q.id}`} className="font-medium hover:underline [overflow-wrap:anywhere]">
                  {htmlToText(q.stem).slice(0, 160) || q.id}
                </Link>
                <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-500 dark:text-slate-400">
                  <span className="font-mono">{q.id}</span>
                  <span>· {questionTypeLabel(q.type)}</span>
                  <span>· {q.lessonTitle}</span>
                  <StatusBadges owner={q.owner} hasDraft={q.hasDraft} archived={q.archived} />
                  <ItemFlagBadges flags={q.flags} />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
