import type { MetadataRoute } from 'next'

import { buildSitemap } from '@/lib/seo/sitemap'

/**
 * Rendered per request from the tagged data cache: a build-time sitemap would list whatever the
 * build machine's database held. The queries themselves are cached until a workflow action.
 */
export const dynamic = 'force-dynamic'

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return buildSitemap()
}
