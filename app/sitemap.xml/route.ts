import { listSitemapParts, renderSitemapIndex } from '@/lib/seo/sitemap'

/**
 * The sitemap index (lib/seo/sitemap.ts): one file per document type and year. Rendered per
 * request from the database; server.ts's page cache keeps a copy until a public change.
 */
export const dynamic = 'force-dynamic'

export async function GET() {
  return new Response(renderSitemapIndex(await listSitemapParts({})), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
