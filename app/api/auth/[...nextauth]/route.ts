import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/next-auth-options';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

// next-auth checks its own CSRF token and validates credentials inside authorize(); public by nature.
const nextAuth = route({
  access: 'public',
  handler: ({ request, params }) => NextAuth(authOptions())(request, { params: Promise.resolve(params) }),
});

export { nextAuth as GET, nextAuth as POST };
