const MAX_SLUG_LENGTH = 80

/**
 * A URL slug in ASCII (a–z, 0–9, hyphens), shared by every language of a document. Latin
 * diacritics are folded; scripts without a Latin form (Chinese) yield '' so the caller can ask
 * for a slug instead of inventing one.
 */
export const slugify = (input: string): string => {
  const slug = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= MAX_SLUG_LENGTH) return slug
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '')
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
