import type { Role } from '../db/generated/enums';

export type { Role };

/** Who a request comes from, as the authorization checks see it. Never carries the password hash. */
export type Viewer = { id: string; email: string; name: string | null; role: Role };

/**
 * What a page, route or action needs. Ownership (my data, my cohort) is checked on top of this,
 * inside the use-case query, so a learner id in the input can never widen what is returned.
 */
export type Access = 'public' | 'signed-in' | 'instructor' | 'admin';

const rank: Record<Role, number> = { LEARNER: 0, INSTRUCTOR: 1, ADMIN: 2 };
const needed: Record<Exclude<Access, 'public'>, number> = { 'signed-in': 0, instructor: 1, admin: 2 };

export function allows(access: Access, viewer: Viewer | null): boolean {
  if (access === 'public') return true;
  return viewer !== null && rank[viewer.role] >= needed[access];
}

export const roles = ['LEARNER', 'INSTRUCTOR', 'ADMIN'] as const satisfies readonly Role[];
