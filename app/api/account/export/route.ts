import { exportAccountData } from '@/lib/auth/account-data';
import { db } from '@/lib/db/client';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export const GET = route({
  access: 'signed-in',
  handler: async ({ viewer }) => {
    const data = await exportAccountData(db(), viewer.id);
    const day = data.exportedAt.slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="netprep-my-data-${day}.json"`,
        'cache-control': 'private, no-store',
      },
    });
  },
});
