import Link from 'next/link';
import { UserMenu } from './auth/user-menu';
import { mainLinks } from './main-links';
import { MobileNav } from './mobile-nav';
import { SearchBox } from './search-box';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader() {
  return (
    <header className="no-print sticky top-0 z-20 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className="relative mx-auto flex max-w-6xl items-center gap-2 px-4 py-3 sm:gap-3">
        <MobileNav />
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-700 dark:text-brand-100">
          Netprep
        </Link>
        <nav aria-label="Main" className="hidden items-center gap-1 text-sm sm:flex">
          {mainLinks.map((link) => (
            <Link key={link.href} href={link.href} className="rounded-md px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800">
              {link.label}
            </Link>
          ))}
        </nav>
        <div className="flex min-w-0 flex-1 justify-end">
          <SearchBox />
        </div>
        <ThemeToggle />
        <UserMenu />
      </div>
    </header>
  );
}
