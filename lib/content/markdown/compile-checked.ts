import type { ContentProblem } from '../problems';
import type { CompiledLesson, NextLessonRef } from './compile-lesson';
import { compileOffThread, CompileTimeoutError } from './compile-pool';
import { checkMarkdownLimits } from './markdown-limits';

/** What the preview shows for a body that was refused: the problems say why. */
export const notCompiled: CompiledLesson = { html: '', toc: [], wordCount: 0, readingMinutes: 0, links: [], headingIds: [], sections: [], warnings: [], errors: [], mediaHashes: [] };

type Target = { file: string; bodyStartLine: number; nextLesson: NextLessonRef | null; images?: Record<string, string>; timeLimitMs?: number };

/**
 * The one way lessons are compiled outside tests: refused before parsing when too long or too
 * deeply nested, then compiled off the request thread with a time limit. Every outcome is a
 * content problem of `file` (`path:line: message`), so sync and the editor report it alike.
 */
export async function compileLessonBody(body: string, { file, bodyStartLine, nextLesson, images, timeLimitMs }: Target): Promise<{ compiled: CompiledLesson | null; problems: ContentProblem[] }> {
  const refused = checkMarkdownLimits(body, { file, bodyStartLine });
  if (refused.length) return { compiled: null, problems: refused };
  try {
    const compiled = await compileOffThread(body, { nextLesson, bodyStartLine, images }, { timeLimitMs });
    const problems: ContentProblem[] = [
      ...compiled.errors.map((e) => ({ file, line: e.line, message: e.message, severity: 'error' as const })),
      ...compiled.warnings.map((w) => ({ file, line: w.line, message: w.message, severity: 'warning' as const })),
    ];
    return { compiled, problems: problems.sort((a, b) => a.line - b.line) };
  } catch (error) {
    if (!(error instanceof CompileTimeoutError)) throw error;
    return { compiled: null, problems: [{ file, line: bodyStartLine, message: error.message, severity: 'error' }] };
  }
}
