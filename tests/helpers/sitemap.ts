import type { SitemapEntry } from '@/lib/seo/sitemap'

type SitemapModule = typeof import('@/lib/seo/sitemap')

/** Every entry of every file the sitemap index names, as a crawler would collect them. */
export const allSitemapEntries = async (sitemap: SitemapModule): Promise<SitemapEntry[]> => {
  const parts = await sitemap.listSitemapParts({})
  return (await Promise.all(parts.map((part) => sitemap.buildSitemapPart(part)))).flatMap((entries) => entries ?? [])
}

/** The paths of the files the sitemap index at `base` names (their addresses carry the public URL, not `base`). */
export const sitemapFilePaths = async (base: string): Promise<string[]> => {
  const index = await (await fetch(`${base}/sitemap.xml`)).text()
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)
}

/** The sitemap as a crawler reads it over HTTP: the index, then every file it names. */
export const sitemapOverHttp = async (base: string): Promise<string> => {
  const files = await Promise.all((await sitemapFilePaths(base)).map(async (file) => (await fetch(`${base}${file}`)).text()))
  return [await (await fetch(`${base}/sitemap.xml`)).text(), ...files].join('\n')
}
