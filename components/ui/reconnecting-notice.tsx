/** Shown while an answer is being re-sent after a dropped connection or a database outage. */
export function ReconnectingNotice() {
  return (
    <p
      role="status"
      className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200"
    >
      The server is briefly unreachable. Your answer is kept here and is being sent again automatically.
    </p>
  );
}
