import type { Node } from 'unist';

export type TocEntry = { depth: 2 | 3; id: string; text: string };

/** An internal link, kept so a validator can check it against the lessons and heading ids that exist. */
export type LessonLink = {
  /** The linked lesson's id, or null for an anchor on the same page. */
  lessonId: string | null;
  anchor: string | null;
  line: number;
};

export type CompileWarning = { line: number; message: string };

export type NextLessonRef = { id: string; title: string };

/** Plain text of one h2/h3 section; `anchor` is "" for the intro before the first heading. */
export type LessonSectionText = { anchor: string; heading: string; text: string };

/**
 * Per-call input and output of the shared processor. It travels on `file.data` because the
 * processor is built once per module and its plugins cannot take per-call options.
 */
export type CompileState = {
  nextLesson: NextLessonRef | null;
  /** Added to a Markdown line to get the file line (the body follows the frontmatter). */
  lineOffset: number;
  /** Images of the lesson's folder: the path a lesson writes (`images/x.svg`) → the stored image's address. */
  images: Readonly<Record<string, string>>;
  links: LessonLink[];
  warnings: CompileWarning[];
  /** Problems that make the lesson invalid (an image without alt text, or one that is not stored). */
  errors: CompileWarning[];
  /** Hashes of the stored images the lesson shows, so a caller can check they exist. */
  mediaHashes: string[];
  wordCount: number;
  toc: TocEntry[];
  headingIds: string[];
  sections: LessonSectionText[];
};

export const stateKey = 'lessonCompile';

export function newCompileState(nextLesson: NextLessonRef | null, bodyStartLine: number, images: Readonly<Record<string, string>> = {}): CompileState {
  return { nextLesson, lineOffset: bodyStartLine - 1, images, links: [], warnings: [], errors: [], mediaHashes: [], wordCount: 0, toc: [], headingIds: [], sections: [] };
}

export function compileState(file: { data: Record<string, unknown> }): CompileState {
  const state = file.data[stateKey] as CompileState | undefined;
  if (!state) throw new Error('lesson Markdown plugins only run inside compileLesson()');
  return state;
}

export function fileLine(state: CompileState, node: Node): number {
  return (node.position?.start.line ?? 1) + state.lineOffset;
}
