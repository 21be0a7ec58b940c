import { z } from 'zod';

const messageTypeClaim = 'https://purl.imsglobal.org/spec/lti/claim/message_type';
const versionClaim = 'https://purl.imsglobal.org/spec/lti/claim/version';
const deploymentClaim = 'https://purl.imsglobal.org/spec/lti/claim/deployment_id';
const targetClaim = 'https://purl.imsglobal.org/spec/lti/claim/target_link_uri';
const rolesClaim = 'https://purl.imsglobal.org/spec/lti/claim/roles';
const contextClaim = 'https://purl.imsglobal.org/spec/lti/claim/context';
const resourceLinkClaim = 'https://purl.imsglobal.org/spec/lti/claim/resource_link';
const gradesClaim = 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint';
export const scoreScope = 'https://purl.imsglobal.org/spec/lti-ags/scope/score';

/** LIS role URIs that make someone an instructor of the context's cohort; every other role is a learner. */
const teachingRoles = new Set([
  'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
  'http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant',
]);

/** The claims of a resource link launch that Netprep uses; the rest of the id_token is ignored. */
const launchClaimsSchema = z.object({
  sub: z.string().min(1).max(255),
  name: z.string().max(200).optional(),
  given_name: z.string().max(200).optional(),
  family_name: z.string().max(200).optional(),
  [messageTypeClaim]: z.string(),
  [versionClaim]: z.string(),
  [deploymentClaim]: z.string().min(1).max(255),
  [targetClaim]: z.string().max(2000).optional(),
  [rolesClaim]: z.array(z.string()),
  [contextClaim]: z.object({ id: z.string().min(1).max(255), title: z.string().max(200).optional(), label: z.string().max(200).optional() }),
  [resourceLinkClaim]: z.object({ id: z.string().min(1).max(255), title: z.string().max(200).optional() }),
  [gradesClaim]: z
    .object({
      scope: z.array(z.string()).default([]),
      lineitem: z
        .url({ protocol: /^https?$/ })
        .max(2000)
        .optional(),
    })
    .optional(),
});

/** A launch's claims in the shape the rest of lib/lti reads. */
export type Launch = {
  sub: string;
  name: string | null;
  messageType: string;
  version: string;
  deploymentId: string;
  targetLinkUri: string | null;
  teaches: boolean;
  context: { id: string; title: string };
  resourceLink: { id: string; title: string };
  /** The link's gradebook column, when the LMS lets Netprep post scores to it. */
  lineItemUrl: string | null;
};

/** The launch in a verified id_token's payload, or null when a claim Netprep needs is missing or malformed. */
export function readLaunch(payload: unknown): Launch | null {
  const parsed = launchClaimsSchema.safeParse(payload);
  if (!parsed.success) return null;
  const claims = parsed.data;
  const context = claims[contextClaim];
  const resourceLink = claims[resourceLinkClaim];
  const grades = claims[gradesClaim];
  const fullName = [claims.given_name, claims.family_name].filter(Boolean).join(' ');
  return {
    sub: claims.sub,
    name: claims.name || fullName || null,
    messageType: claims[messageTypeClaim],
    version: claims[versionClaim],
    deploymentId: claims[deploymentClaim],
    targetLinkUri: claims[targetClaim] ?? null,
    teaches: claims[rolesClaim].some((role) => teachingRoles.has(role)),
    context: { id: context.id, title: context.title || context.label || context.id },
    resourceLink: { id: resourceLink.id, title: resourceLink.title || '' },
    lineItemUrl: grades?.lineitem && grades.scope.includes(scoreScope) ? grades.lineitem : null,
  };
}
