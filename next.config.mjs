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
  // Loaded from node_modules once per process instead of bundled. Turbopack emits the code every
  // route reaches through payload.config.ts (Payload, its database adapters, linkedom: 3 MB) as one
  // chunk per group of routes — API, feeds, sitemaps, health, preview, pages, admin — under a
  // different name each time, and a server that has answered each group holds every copy's source
  // text (two bytes a character: it carries text beyond Latin-1): 40 MB of the heap. withPayload
  // makes Payload and its adapters external itself when developing, so they run this way already.
  serverExternalPackages: ['payload', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb', 'linkedom'],
  // Tells attackers nothing; Payload's withPayload would add its own unless this is off.
  poweredByHeader: false,
  // Lets a second checkout's test run build beside another's without sharing `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The production build type-checks what it ships; tests and scripts are checked by `npm run typecheck`.
  typescript: { tsconfigPath: './tsconfig.next.json' },
}

const withPayloadConfig = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * Payload asks for the colour-scheme client hint on every address (`Accept-CH`, `Critical-CH` and
 * `Vary: Sec-CH-Prefers-Color-Scheme` on `/:path*`) so its admin opens in the reader's theme. Only
 * the admin reads it, and on reader pages it costs: `Critical-CH` makes Chromium request a first
 * visit twice (the second time with the hint), which is every reader a news spike brings from a
 * shared link, and the `Vary` makes a shared cache keep and fill one copy per scheme. So only the
 * admin asks.
 */
const ADMIN_ONLY_HEADERS = new Set(['accept-ch', 'critical-ch'])
const payloadHeaders = withPayloadConfig.headers

/** @type {import('next').NextConfig} */
const config = {
  ...withPayloadConfig,
  async headers() {
    const rules = (await payloadHeaders?.()) ?? []
    // `/admin/:path*` matches `/admin` itself too.
    return rules.map((rule) => (rule.headers.some((header) => ADMIN_ONLY_HEADERS.has(header.key.toLowerCase())) ? { ...rule, source: '/admin/:path*' } : rule))
  },
}

export default config
