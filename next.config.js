/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server packages with native parts are loaded by Node at run time instead of being bundled.
  serverExternalPackages: ['pg', '@prisma/adapter-pg'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
