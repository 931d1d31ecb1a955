// @ts-check
// JavaScript, not next.config.ts: Next.js compiles a TypeScript config with SWC every time a server
// starts, and the SWC binary then stays mapped in the production server (24 MiB of its memory on
// Node.js 20, for one file of settings). `@ts-check` and tsconfig.json's `include` keep it type-checked.
import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    // Draft-mode responses show unpublished text to one staff member: never let a proxy or the
    // browser's shared cache keep them.
    return [
      {
        source: '/:path*',
        has: [{ type: 'cookie', key: '__prerender_bypass' }],
        headers: [{ key: 'Cache-Control', value: 'private, no-store' }],
      },
    ]
  },
  images: { unoptimized: true },
  // Tells attackers nothing; Payload's withPayload would add its own unless this is off.
  poweredByHeader: false,
  // Lets a second checkout's test run build beside another's without sharing `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The production build type-checks what it ships; tests and scripts are checked by `npm run typecheck`.
  typescript: { tsconfigPath: './tsconfig.next.json' },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
