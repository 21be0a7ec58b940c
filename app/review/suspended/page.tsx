import type { Metadata } from 'next';
import { SuspendedCards } from '@/components/review/suspended-cards';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { db } from '@/lib/db/client';
import { listSuspendedCards } from '@/lib/srs/suspended-cards';

export const metadata: Metadata = { title: 'Suspended cards' };

export default async function SuspendedPage() {
  const viewer = await requirePageViewer('signed-in', '/review/suspended');
  return <SuspendedCards cards={await listSuspendedCards(db(), viewer.id)} />;
}
