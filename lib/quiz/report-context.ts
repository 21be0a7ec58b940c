import type { Db } from '../db/client';
import { lessonNeighbours } from '../lessons/queries';
import { describeShortfall, drawShortfall } from './blueprint-fit';
import { storedAttemptSettings } from './settings';

type Attempt = { kind: 'LESSON' | 'PRACTICE' | 'EXAM'; courseId: string | null; lessonId: string | null; settings: unknown };

/** What a submitted attempt's report shows besides its items: the course, the lesson and the next one, and an exam's blueprint shortfall. */
export async function reportContext(db: Db, attempt: Attempt) {
  const [course, lesson, neighbours] = await Promise.all([
    attempt.courseId
      ? db.course.findUnique({
          where: { id: attempt.courseId },
          select: { name: true, passMark: true, scaleMin: true, scaleMax: true, domains: { select: { code: true, title: true } } },
        })
      : null,
    attempt.lessonId ? db.lesson.findUnique({ where: { id: attempt.lessonId }, select: { id: true, title: true } }) : null,
    attempt.lessonId ? lessonNeighbours(db, attempt.lessonId) : null,
  ]);
  const titles = Object.fromEntries((course?.domains ?? []).map((d) => [d.code, d.title]));
  const settings = attempt.kind === 'EXAM' ? storedAttemptSettings('EXAM', attempt.settings) : null;
  const shortfall = settings ? describeShortfall(drawShortfall(settings.perDomain), titles) : [];
  const leftOut = (settings?.leftOut ?? []).map((code) => (titles[code] ? `${code} ${titles[code]}` : code));
  return {
    course: course && { name: course.name, passMark: course.passMark, scaleMin: course.scaleMin, scaleMax: course.scaleMax },
    lesson,
    nextLesson: neighbours?.next ?? null,
    shortfall,
    leftOut,
  };
}
