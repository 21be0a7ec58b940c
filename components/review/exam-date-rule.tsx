import Link from 'next/link';
import { Section } from '@/components/ui/section';
import { finalDays } from '@/lib/exam-plan/exam-window';

/** The settings page's account of how an exam date changes scheduling (the README says the same). */
export function ExamDateRule() {
  return (
    <Section id="exam-date" title="Studying toward an exam date" className="max-w-3xl">
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        Set the date of your exam on the{' '}
        <Link href="/dashboard" className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-100">
          dashboard
        </Link>
        , per course. The exam day is a day in your time zone, starting at your day-start hour. Until then, reviews of that course follow these rules:
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-800 dark:text-slate-200">
        <li>
          A review whose next interval would end on or after the exam day is brought forward to the eve, so you see the card once more shortly before the exam.
          Cards already scheduled past the date when you set it move too.
        </li>
        <li>
          New cards come at least at the pace that introduces every question of the course {finalDays} days before the exam (more than your new-cards limit if
          that is what it takes), so the final week is for reviews.
        </li>
        <li>
          In the final {finalDays} days, due cards come in order of what a review is worth on the day: the objective’s share of the exam × (1 − your predicted
          recall of the card on the exam date). If you cannot finish a day, what is left matters least.
        </li>
        <li>From the exam day on, normal scheduling resumes. Clearing or moving the date later leaves cards already brought forward where they are.</li>
      </ul>
    </Section>
  );
}
