/** The way out when the LMS's frame cannot keep our cookies: the same step again, in a window of its own. */
export function NewWindowLink({ href }: { href: string }) {
  return (
    <p className="mt-6">
      <a
        href={href}
        target="_blank"
        rel="noopener"
        className="inline-block rounded-md bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        Open Netprep in a new window
      </a>
    </p>
  );
}
