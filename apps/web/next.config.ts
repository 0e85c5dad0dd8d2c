import path from 'node:path';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Ship only the Ant Design components and icons a page imports, not the barrels.
  experimental: { optimizePackageImports: ['antd', '@ant-design/icons'] },
  turbopack: {
    // The monorepo root holds the lockfile and the hoisted node_modules.
    root: path.resolve(import.meta.dirname, '../..'),
  },
};

export default nextConfig;
