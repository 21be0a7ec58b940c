import { db } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { publishedKeys } from '@/lib/lti/tool-keys';

export const dynamic = 'force-dynamic';

/** The tool's public keys, which LMSs use to check the client assertions Netprep signs. */
export const GET = route({
  access: 'public',
  handler: async ({ now }) => Response.json(await publishedKeys(db(), now), { headers: { 'cache-control': 'public, max-age=300' } }),
});
