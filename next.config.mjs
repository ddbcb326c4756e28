/** @type {import('next').NextConfig} */
const staticExport = process.env.STATIC_EXPORT === "1";

const nextConfig = {
  output: staticExport ? "export" : undefined,
  // Folders with index.html: the export works on any plain file server.
  trailingSlash: true,
  poweredByHeader: false,
  distDir: process.env.NEXT_DIST_DIR || ".next",
  images: { unoptimized: true },
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
