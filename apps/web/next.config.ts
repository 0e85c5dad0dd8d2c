import path from 'node:path';
import type { NextConfig } from 'next';
import { FILE_CONTENT_SECURITY_POLICY } from './lib/file-csp';

const isProduction = process.env.NODE_ENV === 'production';

/**
 * The Content-Security-Policy of every page. Next's App Router streams inline scripts and React writes
 * inline style attributes, hence 'unsafe-inline' for both; nothing needs eval in production
 * (development's fast refresh does, so the policy is sent in production only).
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every response. HSTS is honoured by browsers only over HTTPS, and ignored on plain HTTP. */
export const securityHeaders = [
  ...(isProduction ? [{ key: 'Content-Security-Policy', value: contentSecurityPolicy }] : []),
  ...(isProduction
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
    : []),
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // @hall/labels is TypeScript source shared with the API (packages/labels).
  transpilePackages: ['@hall/labels'],
  poweredByHeader: false,
  turbopack: {
    // The monorepo root holds the lockfile and the hoisted node_modules.
    root: path.resolve(import.meta.dirname, '../..'),
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Headers set here replace a route's own: without this, files (the license document is HTML) would be
      // served under the pages' policy, which lets inline scripts run on the hall's origin.
      ...(isProduction
        ? [
            {
              source: '/api/files/:path*',
              headers: [{ key: 'Content-Security-Policy', value: FILE_CONTENT_SECURITY_POLICY }],
            },
          ]
        : []),
    ];
  },
};

export default nextConfig;
