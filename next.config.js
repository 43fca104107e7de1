// Sent with every response. The page Content-Security-Policy depends on the page (hashes of its inline scripts,
// framing), so the view cache and proxy.ts set it (lib/security/csp.ts); JSON answers get a fixed policy below.
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), display-capture=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

// Every API answer is JSON. Setting the type here, once, matters: Next.js appends a route handler's headers as
// lists, and its compression then takes the body for an unknown type and sends it uncompressed.
const API_HEADERS = [
  { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" },
  { key: 'Content-Type', value: 'application/json' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A native module (the picture renderer): loaded from node_modules at run time, not bundled.
  serverExternalPackages: ['@resvg/resvg-js'],
  // A separate build folder lets benchmarks and tests build without disturbing a running server.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // Only the embed pages (/en/embed, /ar/embed) may be framed, by any site: frame-ancestors in their CSP says
      // so, and every other page says no twice (frame-ancestors 'none' and this, for browsers without CSP 2).
      { source: '/((?![a-z]{2}/embed/?$).*)', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
      { source: '/api/:path*', headers: API_HEADERS },
      // Link-preview pictures are fetched by other sites' servers and may be shown on their pages.
      { source: '/preview/:file', headers: [{ key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' }] },
      // The embed helper is loaded by the pages that frame an embed.
      { source: '/embed.js', headers: [{ key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' }] },
    ];
  },
};

export default nextConfig;
