import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'

import { defaultLocale } from './lib/i18n/locales'

const nextConfig: NextConfig = {
  async redirects() {
    // The full reader site negotiates from Accept-Language; until then `/` opens the default locale.
    return [{ source: '/', destination: `/${defaultLocale}`, permanent: false }]
  },
  images: { unoptimized: true },
  // The production build type-checks what it ships; tests and scripts are checked by `npm run typecheck`.
  typescript: { tsconfigPath: './tsconfig.next.json' },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
