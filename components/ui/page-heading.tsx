import Link from 'next/link';
import { Fragment, type ReactNode } from 'react';

type Crumb = { href: string; label: ReactNode };

type PageHeadingProps = {
  /** The pages above this one, outermost first. */
  trail?: Crumb[];
  title: ReactNode;
  /** Badges and links that stand on the title's line without becoming part of its name. */
  beside?: ReactNode;
  /** The subtitle. */
  children?: ReactNode;
};

/** A page's breadcrumb, h1 and subtitle, styled alike on every page. */
export function PageHeading({ trail, title, beside, children }: PageHeadingProps) {
  const heading = <h1 className="text-3xl font-bold tracking-tight [overflow-wrap:anywhere]">{title}</h1>;
  return (
    <header>
      {trail && (
        <nav aria-label="Breadcrumb" className="mb-1 text-sm text-slate-500 dark:text-slate-400">
          {trail.map((crumb, i) => (
            <Fragment key={crumb.href}>
              {i > 0 && <span aria-hidden="true"> / </span>}
              <Link href={crumb.href} className="hover:underline">
                {crumb.label}
              </Link>
            </Fragment>
          ))}
        </nav>
      )}
      {beside ? (
        <div className="flex flex-wrap items-center gap-3">
          {heading}
          {beside}
        </div>
      ) : (
        heading
      )}
      {children && <p className="mt-1 max-w-3xl text-slate-600 dark:text-slate-300">{children}</p>}
    </header>
  );
}
