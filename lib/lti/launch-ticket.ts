import { randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import { LaunchFailure } from './launch-failure';

const ticketLifetimeMs = 2 * 60 * 1000;

/**
 * A launch signs the browser in with a cookie, which a browser that blocks cookies in frames drops.
 * The ticket lets the launched user open the app once, in a new window, within two minutes.
 */
export async function issueTicket(db: Db, options: { userId: string; target: string; now: Date }): Promise<string> {
  const id = randomBytes(24).toString('base64url');
  await db.ltiLaunchTicket.create({
    data: { id, userId: options.userId, target: options.target, expiresAt: new Date(options.now.getTime() + ticketLifetimeMs) },
  });
  return id;
}

/** Where a ticket leads, if it is still unused and is `userId`'s; looking does not use it up. */
export async function ticketTarget(db: Db, options: { id: string; userId: string; now: Date }): Promise<string | null> {
  const ticket = await db.ltiLaunchTicket.findFirst({
    where: { id: options.id, userId: options.userId, usedAt: null, expiresAt: { gt: options.now } },
    select: { target: true },
  });
  return ticket?.target ?? null;
}

/** Uses a ticket up: the user to sign in and where to go. */
export async function redeemTicket(db: Db, id: string, now: Date) {
  const used = await db.ltiLaunchTicket.updateMany({ where: { id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (used.count !== 1) throw new LaunchFailure('TICKET_INVALID');
  const ticket = await db.ltiLaunchTicket.findUniqueOrThrow({
    where: { id },
    select: { target: true, user: { select: { id: true, email: true, name: true, role: true, sessionVersion: true } } },
  });
  return ticket;
}
