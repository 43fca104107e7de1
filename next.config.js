/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A separate build folder lets benchmarks and tests build without disturbing a running server.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default nextConfig;
