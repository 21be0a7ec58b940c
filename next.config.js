/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server packages with native parts are loaded by Node at run time instead of being bundled.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'pg-boss', '@open-spaced-repetition/binding', '@node-rs/argon2', 'piscina'],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() gives signed-in users without the role a real 403 page (app/forbidden.tsx).
  experimental: { authInterrupts: true },
};

export default nextConfig;
