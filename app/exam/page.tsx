import type { Metadata } from 'next';
import { ExamStartForm } from '@/components/quiz/exam-start-form';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { describeExamFormat } from '@/lib/courses/exam-format';
import { db } from '@/lib/db/client';
import { examPlans } from '@/lib/quiz/exam-plans';
import { practiceOptions } from '@/lib/quiz/practice-options';
import { defaultExamQuestionCount } from '@/lib/quiz/settings';

export const metadata: Metadata = { title: 'Exam simulation' };

export default async function ExamPage() {
  await requirePageViewer('signed-in', '/exam');
  const [courses, formats] = await Promise.all([
    practiceOptions(db()),
    db().course.findMany({ select: { id: true, minutes: true, questionCount: true, passMark: true, scaleMin: true, scaleMax: true, examMode: true } }),
  ]);
  const plans = await Promise.all(courses.map((course) => examPlans(db(), course.id, course.examQuestionCount ?? defaultExamQuestionCount)));
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Exam simulation</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-300">
        Questions are drawn to match the official blueprint&apos;s domain weights. The clock runs on the server: answers after the deadline are refused and the
        exam is submitted as it stands.
      </p>
      <div className="mt-8 space-y-6">
        {courses.map((course, index) => {
          const format = formats.find((f) => f.id === course.id)!;
          return (
            <section key={course.id} aria-labelledby={`exam-${course.id}`} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
              <h2 id={`exam-${course.id}`} className="text-xl font-semibold">
                {course.name}
              </h2>
              <p className="mt-1 text-sm text-slate-500 dark:text-slate-400">
                Real exam: {describeExamFormat(format)}. Bank: {course.questionCount} questions.
              </p>
              <div className="mt-4">
                <ExamStartForm
                  courseId={course.id}
                  fullCount={course.examQuestionCount ?? defaultExamQuestionCount}
                  minutes={course.minutes}
                  available={course.questionCount}
                  defaultMode={format.examMode}
                  {...plans[index]}
                />
              </div>
            </section>
          );
        })}
      </div>
    </div>
  );
}
