import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets the e2e run and parallel local builds use their own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native modules and the generated Prisma client stay outside the server bundle.
  serverExternalPackages: ["sharp", "@libsql/client", "libsql", "@prisma/adapter-libsql", "busboy", "exifr"],
  devIndicators: false,
  // `npm test` runs tsc and eslint as their own steps; not repeating them in every build
  // halves build time on the 2-core machines this runs on.
  typescript: { ignoreBuildErrors: true },
};

export default withNextIntl(nextConfig);
