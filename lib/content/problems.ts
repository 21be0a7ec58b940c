import { AppError } from '../errors';

export type ContentProblem = {
  file: string;
  line: number;
  field?: string;
  message: string;
  severity: 'error' | 'warning';
};

/** `path:line: field: message` — the format editors and CI logs can jump to. */
export function formatProblem(problem: ContentProblem): string {
  const field = problem.field ? `${problem.field}: ` : '';
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}: ${prefix}${field}${problem.message}`;
}

export function errorsOnly(problems: ContentProblem[]): ContentProblem[] {
  return problems.filter((p) => p.severity === 'error');
}

/** Thrown by sync when any content file is invalid; nothing is written in that case. */
export class InvalidContentError extends AppError {
  constructor(readonly problems: ContentProblem[]) {
    const errors = errorsOnly(problems);
    super(
      'CONTENT_INVALID',
      `${errors.length} problem${errors.length === 1 ? '' : 's'} in content; fix ${errors.length === 1 ? 'it' : 'them'} and run again:\n${errors.map(formatProblem).join('\n')}`,
      errors,
    );
  }
}
