import type { Metadata } from 'next';
import { LessonUpload } from '@/components/authoring/lesson-upload';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePageViewer } from '@/lib/auth/page-guard';

export const metadata: Metadata = { title: 'Upload a lesson' };

export default async function UploadLessonPage() {
  await requirePageViewer('instructor', '/author/upload/lesson');
  return (
    <div>
      <PageHeading
        trail={[
          { href: '/author', label: 'Authoring' },
          { href: '/author/upload', label: 'Upload' },
        ]}
        title="Upload a lesson"
      >
        The file is checked exactly as the course files are, against the lessons already published. A file whose id is taken replaces that lesson when
        published.
      </PageHeading>
      <div className="mt-6">
        <LessonUpload />
      </div>
    </div>
  );
}
