import type { ReactNode } from 'react';
import { requirePageViewer } from '@/lib/auth/page-guard';

/**
 * Authoring is for instructors and admins. Checked here as well as in each page because the
 * pages stream behind loading.tsx: by the time a page refused, a 200 would already be sent.
 */
export default async function AuthorLayout({ children }: { children: ReactNode }) {
  await requirePageViewer('instructor', '/author');
  return children;
}
