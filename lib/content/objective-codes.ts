import type { CourseDefinition } from './course-schema';

/** What lessons and questions may name: an objective ("1.12") or one of its sub-objectives ("1.12.a"). */
export const objectiveCodePattern = /^\d+\.\d+(?:\.[a-z0-9]+)?$/;
export const objectiveCodeMessage = 'an objective code looks like "1.12", a sub-objective\'s like "1.12.a"';

/** The objective a code rolls up to: "1.9.c" → "1.9"; an objective is its own. */
export function objectiveOf(code: string): string {
  return code.split('.').slice(0, 2).join('.');
}

/** The domain a code rolls up to: "1.9.c" and "1.9" → "1.0". */
export function domainOf(code: string): string {
  return `${code.split('.')[0]}.0`;
}

/** Every code a lesson or question may name in this course: objectives and sub-objectives. */
export function blueprintCodes(course: CourseDefinition): Set<string> {
  return new Set(course.domains.flatMap((d) => d.objectives.flatMap((o) => [o.code, ...o.subObjectives.map((s) => s.code)])));
}

/**
 * Sub-objectives named next to their own objective: the objective already says the whole of it,
 * so the sub-objective adds nothing (or the objective claims more than is taught).
 */
export function redundantCodes(codes: readonly string[]): Array<{ code: string; parent: string }> {
  const named = new Set(codes);
  return codes.filter((code) => code !== objectiveOf(code) && named.has(objectiveOf(code))).map((code) => ({ code, parent: objectiveOf(code) }));
}

export function redundancyMessage(courseId: string, { code, parent }: { code: string; parent: string }): string {
  return `names both ${parent} and its sub-objective ${code} for ${courseId}: keep ${parent} if all of it is taught, otherwise only the sub-objectives`;
}
