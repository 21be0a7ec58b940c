import { formatProblem } from '../content/problems';
import type { Db } from '../db/client';
import { checkLessonSource } from './check-lesson-source';

export type PreviewProblem = { line: number; field: string | null; message: string; severity: 'error' | 'warning'; text: string };
export type LessonPreview = {
  html: string;
  problems: PreviewProblem[];
  /** Set when the text would publish: what the lesson would be called and where it would go. */
  summary: { id: string; title: string; chapterId: string; order: number; objectives: string[] } | null;
};

/** The editor's live preview and the upload preview: the same check and compiler as publishing, nothing written. */
export async function previewLesson(db: Db, source: string, lessonId: string | null): Promise<LessonPreview> {
  const checked = await checkLessonSource(db, source, { lessonId });
  const fm = checked.lesson?.frontmatter;
  return {
    html: checked.compiled.html,
    problems: checked.problems.map((p) => ({ line: p.line, field: p.field ?? null, message: p.message, severity: p.severity, text: formatProblem(p) })),
    summary: fm ? { id: fm.id, title: fm.title, chapterId: fm.chapterId, order: fm.order, objectives: fm.objectives } : null,
  };
}
