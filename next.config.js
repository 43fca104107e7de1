// Sent with every response. The page Content-Security-Policy needs a fresh nonce per request, so
// proxy.ts sets it (lib/security/csp.ts); JSON answers get a fixed policy below.
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), display-capture=(), browsing-topics=()',
  },
  // There is no embed mode: frame-ancestors 'none' in the CSP, and this for browsers without CSP 2.
  { key: 'X-Frame-Options', value: 'DENY' },
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
  // A separate build folder lets benchmarks and tests build without disturbing a running server.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      { source: '/api/:path*', headers: API_HEADERS },
    ];
  },
};

export default nextConfig;
