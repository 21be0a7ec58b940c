import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { PageHeading } from '@/components/ui/page-heading';
import { Section } from '@/components/ui/section';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { formatDate } from '@/lib/format/dates';
import { requestDates } from '@/lib/format/request-dates';
import { listPlatforms, undeliveredScores } from '@/lib/lti/platforms';
import { toolUrls } from '@/lib/lti/tool-urls';

export const metadata: Metadata = { title: 'LMS (LTI 1.3)' };

/** What an LMS administrator needs to add Netprep as an LTI 1.3 tool, and the platforms registered so far. */
export default async function AdminLtiPage() {
  await requirePageViewer('admin', '/admin/lti');
  const request = await headers();
  const { NEXTAUTH_URL, NETPREP_FRAME_ANCESTORS } = env();
  const origin = NEXTAUTH_URL ? new URL(NEXTAUTH_URL).origin : `${request.get('x-forwarded-proto') ?? 'http'}://${request.get('host')}`;
  const urls = toolUrls(origin);
  const frameAncestors = NETPREP_FRAME_ANCESTORS?.split(/\s+/).filter(Boolean) ?? [];
  const [platforms, waiting, dates] = await Promise.all([listPlatforms(db()), undeliveredScores(db()), requestDates()]);
  return (
    <div className="space-y-8">
      <PageHeading title="LMS (LTI 1.3)">
        Learners and instructors open Netprep from Moodle or Canvas without a second account. Paste these values into the LMS&apos;s tool configuration, then
        record the LMS here with <code>npm run lti:register</code>.
      </PageHeading>
      {!origin.startsWith('https:') && (
        <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
          These URLs are not https. LMSs frame and post to the tool across sites, which browsers allow only over https: set NEXTAUTH_URL to the public https
          address.
        </p>
      )}
      <Section id="tool-urls" title="Values for the LMS">
        <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Tool URL / Target link URI</dt>
          <dd className="break-all font-mono">{origin}/</dd>
          <dt className="font-medium">Initiate login URL</dt>
          <dd className="break-all font-mono">{urls.loginUrl}</dd>
          <dt className="font-medium">Redirection URI(s)</dt>
          <dd className="break-all font-mono">{urls.redirectUris.join(' ')}</dd>
          <dt className="font-medium">Public keyset URL (JWKS)</dt>
          <dd className="break-all font-mono">{urls.jwksUrl}</dd>
        </dl>
      </Section>
      <Section id="platforms" title="Registered platforms">
        {platforms.length === 0 ? (
          <p className="mt-3 rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700">
            No LMS is registered yet. Add the tool in your LMS with the values above, then run{' '}
            <code>npm run lti:register -- --issuer … --client-id … --deployment-id … --auth-url … --token-url … --jwks-url … --course …</code> with the values
            the LMS shows you.
          </p>
        ) : (
          <ul className="mt-3 space-y-4">
            {platforms.map((platform) => {
              const lmsOrigin = new URL(platform.authUrl).origin;
              return (
                <li key={platform.id} className="rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800">
                  <p className="font-semibold break-all">{platform.issuer}</p>
                  <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                    <dt className="font-medium">Client id</dt>
                    <dd className="break-all font-mono">{platform.clientId}</dd>
                    <dt className="font-medium">Deployment ids</dt>
                    <dd className="break-all font-mono">{platform.deploymentIds.join(', ')}</dd>
                    <dt className="font-medium">Course</dt>
                    <dd>{platform.course.name}</dd>
                    <dt className="font-medium">LMS courses launched from</dt>
                    <dd>{platform._count.contexts}</dd>
                  </dl>
                  {!frameAncestors.includes(lmsOrigin) && (
                    <p className="mt-2 text-amber-800 dark:text-amber-300">
                      {lmsOrigin} may not frame Netprep: add it to NETPREP_FRAME_ANCESTORS, or set the LMS to open the tool in a new window.
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <Section id="scores" title="Scores waiting for an LMS gradebook">
        {waiting.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-300">Every score from a graded LMS link has reached its gradebook.</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400">
                <tr>
                  <th className="py-2 pr-4 font-medium">Learner</th>
                  <th className="py-2 pr-4 font-medium">Submitted</th>
                  <th className="py-2 pr-4 font-medium">Score</th>
                  <th className="py-2 pr-4 font-medium">Status</th>
                  <th className="py-2 font-medium">Last error</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                {waiting.map((score) => (
                  <tr key={score.attemptId}>
                    <td className="py-2 pr-4">{score.attempt.user.name ?? score.attempt.user.email}</td>
                    <td className="whitespace-nowrap py-2 pr-4">{formatDate(score.timestamp, 'date', dates)}</td>
                    <td className="py-2 pr-4">{score.scoreGiven} / 100</td>
                    <td className="py-2 pr-4">
                      {score.status === 'FAILED' ? 'Gave up' : 'Retrying'} after {score.tries} {score.tries === 1 ? 'try' : 'tries'}
                    </td>
                    <td className="break-all py-2">{score.lastError ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </div>
  );
}
