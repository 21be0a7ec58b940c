import { db } from '@/lib/db/client';
import { checkHealth } from '@/lib/health/check-health';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export const GET = route({
  access: 'public',
  handler: async () => {
    const health = await checkHealth(db());
    return Response.json(health.body, { status: health.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
  },
});
