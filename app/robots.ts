import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/lib/seo/metadata'

export const dynamic = 'force-dynamic'

/** Readers' pages are open to crawlers; the admin, the API, previews and search results are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/preview', '/*/search'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
