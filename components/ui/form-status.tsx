/** The one-line outcome of a form, announced to screen readers when it changes. */
export function FormStatus({ message, tone }: { message: string | null; tone: 'error' | 'success' }) {
  return (
    <p
      role={tone === 'error' ? 'alert' : 'status'}
      className={`min-h-5 text-sm ${tone === 'error' ? 'text-red-700 dark:text-red-400' : 'text-green-700 dark:text-green-400'}`}
    >
      {message}
    </p>
  );
}
