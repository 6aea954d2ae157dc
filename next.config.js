import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native modules and the generated Prisma client stay outside the server bundle.
  serverExternalPackages: ["sharp", "@libsql/client", "libsql", "@prisma/adapter-libsql", "busboy", "exifr"],
  devIndicators: false,
};

export default withNextIntl(nextConfig);
