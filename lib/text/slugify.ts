/** Slugs made from a title are at most this long (cut at a word boundary). */
export const MAX_SLUG_LENGTH = 80
/** Slugs an editor types may be longer; beyond this they are refused, never cut. */
export const MAX_TYPED_SLUG_LENGTH = 160

/**
 * A URL slug in ASCII (a–z, 0–9, hyphens), shared by every language of a document. Latin
 * diacritics are folded; scripts without a Latin form (Chinese) yield '' so the caller can ask
 * for a slug instead of inventing one. Long slugs are cut at a word boundary to `maxLength`
 * (`Infinity`: only normalized, for a slug someone typed).
 */
export const slugify = (input: string, { maxLength = MAX_SLUG_LENGTH }: { maxLength?: number } = {}): string => {
  const slug = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut.slice(0, maxLength)).replace(/-+$/, '')
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
