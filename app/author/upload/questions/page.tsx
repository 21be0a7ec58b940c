import type { Metadata } from 'next';
import { UploadForm } from '@/components/authoring/questions/upload-form';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { authorLessons } from '@/lib/authoring/questions/list';
import { db } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Upload questions' };

export default async function UploadQuestionsPage() {
  await requirePageViewer('instructor', '/author/upload/questions');
  const lessons = await authorLessons(db());
  return (
    <div className="max-w-4xl">
      <PageHeading trail={[{ href: '/author/questions', label: 'Questions' }]} title="Upload questions">
        A Moodle XML, GIFT or Aiken file. You see every question as learners will, and every problem by line, before anything is saved.
      </PageHeading>
      <div className="mt-6">
        {lessons.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-700 dark:text-slate-300">
            There are no lessons yet; questions belong to a lesson.
          </p>
        ) : (
          <UploadForm lessons={lessons.map((l) => ({ id: l.id, label: l.title }))} />
        )}
      </div>
    </div>
  );
}
