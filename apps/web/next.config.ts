import path from 'node:path';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  turbopack: {
    // The monorepo root holds the lockfile and the hoisted node_modules.
    root: path.resolve(import.meta.dirname, '../..'),
  },
};

export default nextConfig;
