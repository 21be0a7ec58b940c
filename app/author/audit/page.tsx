import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { listAudit, type AuditEntityType, type AuditRow } from '@/lib/authoring/audit';
import { db } from '@/lib/db/client';
import { pageQuery } from '@/lib/http/page-input';
import { formatDate } from '@/lib/format/dates';
import { requestDates } from '@/lib/format/request-dates';

export const metadata: Metadata = { title: 'Audit log' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ type?: string; id?: string; page?: string }> };

const types: Array<{ value: AuditEntityType | ''; label: string }> = [
  { value: '', label: 'Everything' },
  { value: 'lesson', label: 'Lessons' },
  { value: 'question', label: 'Questions' },
  { value: 'image', label: 'Images' },
];

/** Where an entry's subject can be looked at now; drafts of new lessons by their draft id. */
function entityHref(entry: AuditRow): string | null {
  if (entry.entityId.startsWith('draft:')) return `/author/lessons/new?draft=${entry.entityId.slice('draft:'.length)}`;
  if (entry.entityType === 'lesson') return `/author/lessons/${entry.entityId}`;
  if (entry.entityType === 'question') return `/author/questions/${entry.entityId}`;
  if (entry.entityType === 'image' && typeof entry.detail === 'object' && entry.detail && 'url' in entry.detail) return String(entry.detail.url);
  return null;
}

function pageHref(type: string | undefined, id: string | undefined, page: number) {
  const params = new URLSearchParams({ ...(type ? { type } : {}), ...(id ? { id } : {}), ...(page > 1 ? { page: String(page) } : {}) });
  return `/author/audit${params.size ? `?${params}` : ''}`;
}

export default async function AuditPage({ searchParams }: Props) {
  const dates = await requestDates();
  await requirePageViewer('instructor', '/author/audit');
  const query = await pageQuery(searchParams);
  const type = types.some((t) => t.value && t.value === query.type) ? (query.type as AuditEntityType) : undefined;
  const id = query.id?.trim() || undefined;
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const { entries, hasMore } = await listAudit(db(), { entityType: type, entityId: id, page });
  return (
    <div>
      <PageHeading trail={[{ href: '/author', label: 'Authoring' }]} title="Audit log">
        Who created, edited, published, restored or imported what, and when. Newest first.
      </PageHeading>
      <form className="mt-4 flex flex-wrap items-end gap-2" role="search">
        <div>
          <label htmlFor="audit-type" className="block text-sm font-medium">
            Show
          </label>
          <select
            id="audit-type"
            name="type"
            defaultValue={type ?? ''}
            className="mt-1 rounded-md border border-slate-300 px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
          >
            {types.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-id" className="block text-sm font-medium">
            Id
          </label>
          <input
            id="audit-id"
            name="id"
            defaultValue={id}
            placeholder="e.g. lesson-002-hypervisors"
            className="mt-1 w-64 max-w-full rounded-md border border-slate-300 px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
          />
        </div>
        <button className="rounded-md border border-slate-300 px-3 py-2 text-sm font-semibold dark:border-slate-700">Filter</button>
      </form>
      {entries.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700">
          {page > 1 ? 'No more entries.' : 'Nothing recorded yet for this filter: entries appear as lessons and questions are edited in the browser.'}
        </p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400">
              <tr>
                <th className="py-2 pr-4 font-medium">When (UTC)</th>
                <th className="py-2 pr-4 font-medium">Who</th>
                <th className="py-2 pr-4 font-medium">What</th>
                <th className="py-2 font-medium">Subject</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {entries.map((entry) => {
                const href = entityHref(entry);
                return (
                  <tr key={entry.id}>
                    <td className="whitespace-nowrap py-2 pr-4 tabular-nums">{formatDate(entry.createdAt, 'timestamp', dates)}</td>
                    <td className="break-all py-2 pr-4">{entry.actor ? (entry.actor.name ?? entry.actor.email) : 'deleted account'}</td>
                    <td className="py-2 pr-4">
                      {entry.summary} <span className="text-xs text-slate-500 dark:text-slate-400">({entry.action})</span>
                    </td>
                    <td className="break-all py-2 font-mono text-xs">
                      {href ? (
                        <Link href={href} className="underline">
                          {entry.entityId}
                        </Link>
                      ) : (
                        entry.entityId
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
        {page > 1 && (
          <Link href={pageHref(type, id, page - 1)} className="underline">
            ← Newer
          </Link>
        )}
        {hasMore && (
          <Link href={pageHref(type, id, page + 1)} className="underline">
            Older →
          </Link>
        )}
      </nav>
    </div>
  );
}
