import type { NextAuthOptions, Session } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { db } from '../db/client';
import { databaseUnavailability } from '../db/unavailable';
import { isAppError } from '../errors';
import { authSecret, secureCookiesWanted } from './secret';
import { sessionCookie, sessionMaxAgeSeconds } from './session-cookie';
import { endSessions, loadViewer } from './sessions';
import { signInWithPassword, type SessionUser } from './sign-in';
import { clientIp } from '../http/client-address';
import { throttles } from './throttle';

/** Built per request so that a missing secret is reported when used, not while `next build` imports this. */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    useSecureCookies: secureCookiesWanted(),
    session: { strategy: 'jwt', maxAge: sessionMaxAgeSeconds },
    cookies: { sessionToken: sessionCookie() },
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
      // The browser's session (/api/auth/session) comes from here: the user read fresh, so a stale
      // token is no session. Pages, routes and actions apply the same rule in currentViewer.
      async session({ session, token }) {
        let viewer: Awaited<ReturnType<typeof loadViewer>>;
        try {
          viewer = token.sub ? await loadViewer(db(), token.sub, token.sessionVersion) : null;
        } catch (error) {
          // next-auth would log a thrown error and clear the cookie, signing everyone out during a
          // database restart. The token's own claims keep the browser signed in meanwhile; the
          // server never authorizes on them (currentViewer answers 503 while the database is away).
          if (!databaseUnavailability(error) || !token.sub) throw error;
          return {
            ...session,
            user: { id: token.sub, email: token.email ?? '', name: token.name ?? null, role: token.role },
            sessionVersion: token.sessionVersion,
            unverified: true,
          };
        }
        // next-auth treats an empty object as signed out, in the browser and in getServerSession.
        if (!viewer) return {} as Session;
        return { ...session, user: viewer, sessionVersion: token.sessionVersion };
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sub) await endSessions(db(), token.sub, token.sessionVersion);
      },
    },
  };
}
