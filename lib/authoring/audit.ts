import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';

type Tx = Prisma.TransactionClient;

/** What an entry is about; an import into a lesson's bank is about the lesson ("questions.import"). */
export type AuditEntityType = 'lesson' | 'question' | 'image';

export type AuditInput = {
  actorId: string | null;
  /** `<entity>.<verb>`, e.g. "lesson.publish", "question.restore", "questions.import". */
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  /** One line a person reads in the log, e.g. "Published revision 4 of “Hypervisors”". */
  summary: string;
  detail?: Prisma.InputJsonObject;
};

/**
 * Written inside the transaction of the change it describes, so the log never claims a change
 * that rolled back, and never misses one that committed.
 */
export async function recordAudit(tx: Tx | Db, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({ data: { ...entry, detail: entry.detail ?? {} } });
}

export const auditPageSize = 50;

export type AuditQuery = { entityType?: AuditEntityType; entityId?: string; page?: number };

/** Newest first, one page at a time; `hasMore` avoids counting the whole log. */
export async function listAudit(db: Db, { entityType, entityId, page = 1 }: AuditQuery) {
  const rows = await db.auditEntry.findMany({
    where: { entityType, entityId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * auditPageSize,
    take: auditPageSize + 1,
    include: { actor: { select: { name: true, email: true } } },
  });
  return { entries: rows.slice(0, auditPageSize), hasMore: rows.length > auditPageSize, page };
}

export type AuditRow = Awaited<ReturnType<typeof listAudit>>['entries'][number];
