import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { db } from '../db/client';
import { isAppError } from '../errors';
import { authSecret, secureCookiesWanted } from './secret';
import { signInWithPassword, type SessionUser } from './sign-in';
import { clientIp } from '../http/client-address';
import { throttles } from './throttle';

const thirtyDays = 30 * 24 * 60 * 60;

/** Built per request so that a missing secret is reported when used, not while `next build` imports this. */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    useSecureCookies: secureCookiesWanted(),
    session: { strategy: 'jwt', maxAge: thirtyDays },
    pages: { signIn: '/signin', error: '/signin' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, request) {
          try {
            return await signInWithPassword(db(), throttles(), {
              email: credentials?.email,
              password: credentials?.password,
              ip: clientIp(request.headers ?? {}),
            });
          } catch (error) {
            // next-auth passes the message of a thrown Error on to the sign-in form.
            if (isAppError(error)) throw new Error(error.message);
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const signedIn = user as SessionUser;
          token.sub = signedIn.id;
          token.role = signedIn.role;
          token.sessionVersion = signedIn.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.sub ?? '', email: token.email ?? '', name: token.name ?? null, role: token.role };
        session.sessionVersion = token.sessionVersion;
        return session;
      },
    },
  };
}
