type ExamFormat = { minutes: number; questionCount: number | null; passMark: number | null; scaleMin: number | null; scaleMax: number | null };

/** One line such as "90 minutes · up to 90 questions · pass 720 on 100–900". */
export function describeExamFormat(course: ExamFormat): string {
  const parts = [`${course.minutes} minutes`];
  if (course.questionCount) parts.push(`up to ${course.questionCount} questions`);
  if (course.passMark !== null && course.scaleMin !== null && course.scaleMax !== null) {
    parts.push(`pass ${course.passMark} on ${course.scaleMin}–${course.scaleMax}`);
  } else {
    parts.push('pass mark not published');
  }
  return parts.join(' · ');
}
