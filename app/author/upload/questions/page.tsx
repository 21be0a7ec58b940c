import type { Metadata } from 'next';
import Link from 'next/link';
import { UploadForm } from '@/components/authoring/questions/upload-form';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { authorLessons } from '@/lib/authoring/questions/list';
import { db } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Upload questions' };

export default async function UploadQuestionsPage() {
  await requirePageViewer('instructor', '/author/upload/questions');
  const lessons = await authorLessons(db());
  return (
    <div className="max-w-4xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/author/questions" className="text-brand-700 hover:underline dark:text-brand-100">
          Questions
        </Link>
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">Upload questions</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-300">
        A Moodle GIFT or Aiken file, read by the same importers as <code>npm run questions:import</code>. You see every question as learners will, and every problem by line, before anything is saved.
      </p>
      <div className="mt-6">
        {lessons.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-700 dark:text-slate-300">There are no lessons yet; questions belong to a lesson.</p>
        ) : (
          <UploadForm lessons={lessons.map((l) => ({ id: l.id, label: l.title }))} />
        )}
      </div>
    </div>
  );
}
