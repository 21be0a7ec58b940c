import { NextResponse, type NextRequest } from 'next/server';

// next-auth's cookie names, with the prefix it adds when cookies are Secure.
const sessionCookies = ['next-auth.session-token', '__Secure-next-auth.session-token'];

/**
 * A cheap first filter only: visitors without a session cookie are sent to sign in before a
 * protected page renders. Every page, route and action still checks the session and role itself.
 */
export function proxy(request: NextRequest) {
  if (sessionCookies.some((name) => request.cookies.has(name))) return NextResponse.next();
  const signIn = new URL('/signin', request.url);
  signIn.searchParams.set('callbackUrl', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ['/account/:path*', '/admin/:path*', '/instructor/:path*', '/cohorts/:path*', '/practice', '/exam', '/attempts/:path*', '/review', '/review/:path*', '/dashboard', '/dashboard/:path*', '/author', '/author/:path*'],
};
