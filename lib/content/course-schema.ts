import { z } from 'zod';
import { examModes } from '../quiz/exam-modes';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');
const objectiveCode = z.string().regex(/^\d+\.\d+$/, 'an objective code looks like "1.12"');
const domainCode = z.string().regex(/^\d+\.0$/, 'a domain code looks like "1.0"');
const subObjectiveCode = z.string().regex(/^\d+\.\d+\.[a-z0-9]+$/, 'a sub-objective code looks like "1.12.a"');

/** A lettered topic under an objective (Cisco's 1.1.a, CompTIA's bullets); its parent is the enclosing objective. */
export const subObjectiveSchema = z.object({
  code: subObjectiveCode,
  title: z.string().trim().min(1, 'is required'),
});

export const objectiveSchema = z.object({
  code: objectiveCode,
  title: z.string().trim().min(1, 'is required'),
  subObjectives: z.array(subObjectiveSchema).default([]),
});

export const domainSchema = z.object({
  code: domainCode,
  title: z.string().trim().min(1, 'is required'),
  weight: z.number().int().min(1).max(100),
  objectives: z.array(objectiveSchema).default([]),
});

export const courseSchema = z
  .object({
    id: slug,
    examCode: z.string().trim().min(1, 'is required'),
    name: z.string().trim().min(1, 'is required'),
    shortName: z.string().trim().min(1, 'is required').max(16, 'keep it short: it is used on badges'),
    vendor: z.string().trim().min(1, 'is required'),
    version: z.string().trim().min(1, 'is required'),
    order: z.number().int().min(0),
    description: z.string().trim().min(1, 'is required'),
    minutes: z.number().int().positive(),
    /** null where the vendor publishes no count; `questionCountNote` then says what is known. */
    questionCount: z.number().int().positive().nullable(),
    questionCountNote: z.string().trim().min(1).optional(),
    passMark: z.number().int().positive().nullable(),
    scale: z.object({ min: z.number().int(), max: z.number().int() }).nullable(),
    sourceNote: z.string().trim().min(1).optional(),
    /** The exam simulation's default style (lib/quiz/exam-modes.ts); learners may pick the other one. */
    examMode: z.enum(examModes, { error: `use ${examModes.join(' or ')}` }).default('comptia'),
    domains: z.array(domainSchema).min(1, 'a course needs at least one domain'),
  })
  .superRefine((course, ctx) => {
    const total = course.domains.reduce((sum, d) => sum + d.weight, 0);
    if (total !== 100) {
      ctx.addIssue({ code: 'custom', path: ['domains'], message: `domain weights add up to ${total}%, not 100%` });
    }
    if (course.scale && course.scale.min >= course.scale.max) {
      ctx.addIssue({ code: 'custom', path: ['scale'], message: 'scale.min must be below scale.max' });
    }
    if (course.passMark !== null && course.scale && (course.passMark < course.scale.min || course.passMark > course.scale.max)) {
      ctx.addIssue({ code: 'custom', path: ['passMark'], message: `pass mark must lie on the scale ${course.scale.min}–${course.scale.max}` });
    }
    if (course.questionCount === null && !course.questionCountNote) {
      ctx.addIssue({ code: 'custom', path: ['questionCountNote'], message: 'say what is known when the question count is not published' });
    }
    const seen = new Set<string>();
    course.domains.forEach((domain, d) => {
      if (seen.has(domain.code)) ctx.addIssue({ code: 'custom', path: ['domains', d, 'code'], message: `duplicate domain ${domain.code}` });
      seen.add(domain.code);
      const major = domain.code.split('.')[0];
      domain.objectives.forEach((objective, o) => {
        if (seen.has(objective.code)) {
          ctx.addIssue({ code: 'custom', path: ['domains', d, 'objectives', o, 'code'], message: `duplicate objective ${objective.code}` });
        }
        seen.add(objective.code);
        if (objective.code.split('.')[0] !== major) {
          ctx.addIssue({
            code: 'custom',
            path: ['domains', d, 'objectives', o, 'code'],
            message: `objective ${objective.code} does not belong to domain ${domain.code}`,
          });
        }
        objective.subObjectives.forEach((sub, s) => {
          const at = ['domains', d, 'objectives', o, 'subObjectives', s, 'code'];
          if (seen.has(sub.code)) ctx.addIssue({ code: 'custom', path: at, message: `duplicate sub-objective ${sub.code}` });
          seen.add(sub.code);
          if (!sub.code.startsWith(`${objective.code}.`)) {
            ctx.addIssue({ code: 'custom', path: at, message: `sub-objective ${sub.code} does not belong to objective ${objective.code}` });
          }
        });
      });
    });
  });

export type CourseDefinition = z.infer<typeof courseSchema>;
