import type { Role } from './roles';

declare module 'next-auth' {
  interface Session {
    user: { id: string; email: string; name: string | null; role: Role };
    sessionVersion: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role: Role;
    sessionVersion: number;
  }
}
