import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PageHeading } from '@/components/ui/page-heading';
import { currentViewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db/client';
import { pageQuery } from '@/lib/http/page-input';
import { ticketTarget } from '@/lib/lti/launch-ticket';
import { NewWindowLink } from '@/components/lti/new-window-link';

export const metadata: Metadata = { title: 'Opening Netprep' };

type Props = { searchParams: Promise<{ ticket?: string }> };

/**
 * After a launch: with the session cookie back, straight on to the page the LMS asked for;
 * without it (a browser that blocks cookies in frames), a link that opens Netprep in a new window.
 */
export default async function LtiLaunchedPage({ searchParams }: Props) {
  const { ticket } = await pageQuery(searchParams);
  const viewer = await currentViewer();
  if (viewer && ticket) {
    const target = await ticketTarget(db(), { id: ticket, userId: viewer.id, now: new Date() });
    if (target) redirect(target);
  }
  return (
    <div className="max-w-2xl">
      <PageHeading title="Open Netprep in a new window">
        Your browser blocks the sign-in cookie inside the LMS page, so Netprep cannot open here. It opens in a new window instead; the link works once, within
        two minutes of the launch.
      </PageHeading>
      {ticket ? (
        <NewWindowLink href={`/api/lti/continue?ticket=${encodeURIComponent(ticket)}`} />
      ) : (
        <p className="mt-6">Open the activity again from your LMS.</p>
      )}
    </div>
  );
}
