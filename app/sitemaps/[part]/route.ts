import { buildSitemapPart, listedSitemapPart, renderUrlSet, sitemapResponse } from '@/lib/seo/sitemap'

/** One file of the sitemap (`/sitemaps/briefings-2024.xml`), named by the index at `/sitemap.xml`. */
export const dynamic = 'force-dynamic'

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const { part: file } = await params
  const part = file.endsWith('.xml') ? await listedSitemapPart(file.slice(0, -'.xml'.length)) : null
  const entries = part ? await buildSitemapPart(part) : null
  if (!entries) return notFound()
  return sitemapResponse(renderUrlSet(entries))
}
