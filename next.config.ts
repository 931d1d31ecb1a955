import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'

const nextConfig: NextConfig = {
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
