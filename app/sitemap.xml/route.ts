import { listSitemapParts, renderSitemapIndex, sitemapResponse } from '@/lib/seo/sitemap'

/**
 * The sitemap index (lib/seo/sitemap.ts): one file per document type and year. Rendered per
 * request from the database; server.ts's page cache keeps a copy until a public change.
 */
export const dynamic = 'force-dynamic'

export async function GET() {
  return sitemapResponse(renderSitemapIndex(await listSitemapParts({})))
}
