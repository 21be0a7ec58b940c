import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-lg py-12 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">403</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">This page is not for your account</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-300">
        It needs an instructor or administrator role. If you should have one, ask an administrator to change your role.
      </p>
      <Link href="/" className="mt-6 inline-block font-medium text-brand-700 underline dark:text-brand-100">
        Back to the courses
      </Link>
    </div>
  );
}
