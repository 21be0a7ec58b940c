import type { Metadata } from 'next';
import Link from 'next/link';
import { LessonUpload } from '@/components/authoring/lesson-upload';
import { requirePageViewer } from '@/lib/auth/page-guard';

export const metadata: Metadata = { title: 'Upload a lesson' };

export default async function UploadLessonPage() {
  await requirePageViewer('instructor', '/author/upload/lesson');
  return (
    <div>
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500 dark:text-slate-400">
        <Link href="/author" className="hover:underline">
          Authoring
        </Link>{' '}
        /{' '}
        <Link href="/author/upload" className="hover:underline">
          Upload
        </Link>
      </nav>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Upload a lesson</h1>
      <p className="mt-1 max-w-3xl text-slate-600 dark:text-slate-300">
        The file is checked exactly like <code>npm run content:check</code> checks content files, against the lessons already published. A file whose id is taken replaces that lesson when published.
      </p>
      <div className="mt-6">
        <LessonUpload />
      </div>
    </div>
  );
}
