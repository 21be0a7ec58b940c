import type { CourseDefinition } from '../content/course-schema';

/**
 * Blueprint coverage: which parts of an exam's weight the course teaches and drills.
 *
 * Weight. Vendors publish a weight per domain only, so a domain's weight is shared equally by
 * its objectives, and an objective's by its sub-objectives (CCNA 1.0 is 20 % over 13
 * objectives: 1.5 has 20/13 ≈ 1.54 %, and each of 1.1's eight sub-objectives 20/13/8 ≈ 0.19 %).
 * The same equal split the readiness estimate uses for objectives.
 *
 * Covered. A part of the blueprint is covered when at least `minimumLessons` lessons and
 * `minimumQuestions` questions (generated entries included) map to it. The weight is counted
 * on the finest parts: each sub-objective, and each objective that has none. A lesson or question
 * mapped to an objective as a whole counts for every one of its sub-objectives (mapping to the
 * objective says it covers all of it), and an objective's own row adds up its sub-objectives'
 * items, each item once. A domain without objectives cannot be covered.
 */
export const minimumLessons = 1;
export const minimumQuestions = 10;

export type CoverageInput = {
  lessons: Array<{ id: string; title: string; examObjectives: Record<string, string[]> }>;
  questions: Array<{ id: string; generated: boolean; objectives: Record<string, string[]> }>;
};

export type CoverageStatus = 'gap' | 'partial' | 'covered';

export type CoverageRow = {
  code: string;
  title: string;
  kind: 'objective' | 'sub-objective';
  domainCode: string;
  /** Percent of the exam. */
  weight: number;
  coveredWeight: number;
  status: CoverageStatus;
  lessons: Array<{ id: string; title: string }>;
  questions: string[];
  generated: string[];
};

export type DomainCoverage = { code: string; title: string; weight: number; coveredWeight: number; rows: CoverageRow[] };

export type CourseCoverage = {
  courseId: string;
  name: string;
  shortName: string;
  /** Percent of the exam's weight covered, 0..100. */
  coveredWeight: number;
  domains: DomainCoverage[];
};

type Items = { lessons: Map<string, string>; questions: Set<string>; generated: Set<string> };

const emptyItems = (): Items => ({ lessons: new Map(), questions: new Set(), generated: new Set() });

function merge(...all: Array<Items | undefined>): Items {
  const merged = emptyItems();
  for (const items of all) {
    if (!items) continue;
    items.lessons.forEach((title, id) => merged.lessons.set(id, title));
    items.questions.forEach((id) => merged.questions.add(id));
    items.generated.forEach((id) => merged.generated.add(id));
  }
  return merged;
}

const meetsBar = (items: Items) => items.lessons.size >= minimumLessons && items.questions.size + items.generated.size >= minimumQuestions;

/** What each code of the course names directly: lessons, questions and generated entries. */
function itemsByCode(courseId: string, input: CoverageInput): Map<string, Items> {
  const byCode = new Map<string, Items>();
  const at = (code: string) => byCode.get(code) ?? byCode.set(code, emptyItems()).get(code)!;
  for (const lesson of input.lessons) for (const code of lesson.examObjectives[courseId] ?? []) at(code).lessons.set(lesson.id, lesson.title);
  for (const question of input.questions) {
    for (const code of question.objectives[courseId] ?? []) (question.generated ? at(code).generated : at(code).questions).add(question.id);
  }
  return byCode;
}

export function courseCoverage(course: CourseDefinition, input: CoverageInput): CourseCoverage {
  const byCode = itemsByCode(course.id, input);
  const row = (
    code: string,
    title: string,
    kind: CoverageRow['kind'],
    domainCode: string,
    weight: number,
    items: Items,
    coveredWeight: number,
    status: CoverageStatus,
  ): CoverageRow => ({
    code,
    title,
    kind,
    domainCode,
    weight,
    coveredWeight,
    status,
    lessons: [...items.lessons].map(([id, title]) => ({ id, title })),
    questions: [...items.questions],
    generated: [...items.generated],
  });

  const domains = course.domains.map((domain): DomainCoverage => {
    const rows: CoverageRow[] = [];
    for (const objective of domain.objectives) {
      const weight = domain.weight / domain.objectives.length;
      const own = byCode.get(objective.code);
      if (objective.subObjectives.length === 0) {
        const items = merge(own);
        const covered = meetsBar(items);
        rows.push(row(objective.code, objective.title, 'objective', domain.code, weight, items, covered ? weight : 0, covered ? 'covered' : 'gap'));
        continue;
      }
      const subWeight = weight / objective.subObjectives.length;
      const subRows = objective.subObjectives.map((sub) => {
        const items = merge(own, byCode.get(sub.code));
        const covered = meetsBar(items);
        return row(sub.code, sub.title, 'sub-objective', domain.code, subWeight, items, covered ? subWeight : 0, covered ? 'covered' : 'gap');
      });
      const coveredSubs = subRows.filter((r) => r.status === 'covered').length;
      const status: CoverageStatus = coveredSubs === subRows.length ? 'covered' : coveredSubs === 0 ? 'gap' : 'partial';
      const rolledUp = merge(own, ...objective.subObjectives.map((sub) => byCode.get(sub.code)));
      rows.push(row(objective.code, objective.title, 'objective', domain.code, weight, rolledUp, coveredSubs * subWeight, status), ...subRows);
    }
    const coveredWeight = rows.filter((r) => r.kind === 'objective').reduce((sum, r) => sum + r.coveredWeight, 0);
    return { code: domain.code, title: domain.title, weight: domain.weight, coveredWeight, rows };
  });
  return { courseId: course.id, name: course.name, shortName: course.shortName, coveredWeight: domains.reduce((sum, d) => sum + d.coveredWeight, 0), domains };
}

const statusRank: Record<CoverageStatus, number> = { gap: 0, partial: 1, covered: 2 };

/**
 * Every objective and sub-objective, gaps first, then partly covered objectives, then covered
 * ones, each group in blueprint order. A sub-objective stays listed under its own status.
 */
export function gapsFirst(coverage: CourseCoverage): CoverageRow[] {
  const rows = coverage.domains.flatMap((d) => d.rows);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => statusRank[a.r.status] - statusRank[b.r.status] || a.i - b.i)
    .map(({ r }) => r);
}
