import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePageViewer } from '@/lib/auth/page-guard';

export const metadata: Metadata = { title: 'Upload' };

const choices = [
  {
    href: '/author/upload/lesson',
    title: 'A lesson (.md)',
    text: 'A Markdown file with YAML frontmatter, as in content/lessons. You see the rendered lesson and every problem by line before anything is saved.',
  },
  {
    href: '/author/upload/questions',
    title: 'Questions (GIFT or Aiken)',
    text: 'A Moodle GIFT or Aiken file for one lesson’s bank, with a preview of every question first.',
  },
];

export default async function UploadPage() {
  await requirePageViewer('instructor', '/author/upload');
  return (
    <div>
      <PageHeading trail={[{ href: '/author', label: 'Authoring' }]} title="Upload" />
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {choices.map((choice) => (
          <li key={choice.href}>
            <Link href={choice.href} className="block h-full rounded-lg border border-slate-200 p-5 hover:border-brand-600 dark:border-slate-800">
              <span className="text-lg font-semibold">{choice.title}</span>
              <span className="mt-1 block text-sm text-slate-600 dark:text-slate-300">{choice.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
