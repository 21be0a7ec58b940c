import type { Role } from './roles';

declare module 'next-auth' {
  interface Session {
    user: { id: string; email: string; name: string | null; role: Role };
    sessionVersion: number;
    /** Set when the database could not be asked whether the account still stands (lib/auth/next-auth-options.ts). */
    unverified?: true;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role: Role;
    sessionVersion: number;
  }
}
