import type { Metadata } from 'next';
import { PageHeading } from '@/components/ui/page-heading';
import { pageQuery } from '@/lib/http/page-input';
import { isLaunchFailureReason, launchFailureMessages } from '@/lib/lti/launch-failure';
import { NewWindowLink } from '@/components/lti/new-window-link';

export const metadata: Metadata = { title: 'The LMS launch did not work' };

type Props = { searchParams: Promise<{ reason?: string; retry?: string }> };

/** Where every refused LTI launch lands: what was wrong, in one sentence, and what to do. */
export default async function LtiErrorPage({ searchParams }: Props) {
  const { reason, retry } = await pageQuery(searchParams);
  const message =
    reason && isLaunchFailureReason(reason)
      ? launchFailureMessages[reason]
      : 'The launch from your LMS could not be completed. Open the activity again from your LMS.';
  return (
    <div className="max-w-2xl">
      <PageHeading title="The launch from your LMS did not work">{message}</PageHeading>
      {retry && <NewWindowLink href={`/api/lti/login?retry=${encodeURIComponent(retry)}`} />}
      <p className="mt-6 text-sm text-slate-500 dark:text-slate-400">
        {reason ? (
          <>
            Reason code for your administrator: <code>{reason}</code>.{' '}
          </>
        ) : null}
        No account was created and nothing was changed.
      </p>
    </div>
  );
}
