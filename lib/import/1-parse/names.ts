import type { KnownOutlet, KnownPerson } from './types'

/** Foreign Ministry spokespeople recognised even when the caller passes no people. */
/**
 * Foreign Ministry spokespeople recognised even when the caller passes no people, in Latin,
 * simplified and traditional script (reposts from Hong Kong and Taiwan sites use the latter), so
 * the English form comes back whichever script the page uses.
 */
export const BUILT_IN_SPOKESPEOPLE: KnownPerson[] = [
  { slug: 'mao-ning', names: ['Mao Ning', '毛宁', '毛寧'], englishName: 'Mao Ning' },
  { slug: 'lin-jian', names: ['Lin Jian', '林剑', '林劍'], englishName: 'Lin Jian' },
  { slug: 'wang-wenbin', names: ['Wang Wenbin', '汪文斌'], englishName: 'Wang Wenbin' },
  { slug: 'guo-jiakun', names: ['Guo Jiakun', '郭嘉昆'], englishName: 'Guo Jiakun' },
  { slug: 'hua-chunying', names: ['Hua Chunying', '华春莹', '華春瑩'], englishName: 'Hua Chunying' },
  { slug: 'zhao-lijian', names: ['Zhao Lijian', '赵立坚', '趙立堅'], englishName: 'Zhao Lijian' },
  { slug: 'lu-kang', names: ['Lu Kang', '陆慷', '陸慷'], englishName: 'Lu Kang' },
  { slug: 'geng-shuang', names: ['Geng Shuang', '耿爽'], englishName: 'Geng Shuang' },
  { slug: 'qin-gang', names: ['Qin Gang', '秦刚', '秦剛'], englishName: 'Qin Gang' },
  { slug: 'hong-lei', names: ['Hong Lei', '洪磊'], englishName: 'Hong Lei' },
]

/** Comparison key: width-folded, lower case, no book-title marks or quotes, no leading "the". */
export const normalizeName = (name: string): string =>
  (/^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFKC'))
    .replace(/[《》〈〉“”"'‘’「」]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '')

/** Strips the Chinese "reporter" suffix and book-title marks: "《人民日报》记者" → "人民日报". */
export const outletFromChineseLabel = (label: string): string =>
  label
    .replace(/[记記]者$/, '')
    .replace(/^《(.*)》$/, '$1')
    .replace(/[《》]/g, '')
    .trim()

export type Directory = {
  findPerson: (name: string) => KnownPerson | null
  findOutlet: (name: string) => KnownOutlet | null
  /** Every name as written, longest first, for prefix matching. */
  personNames: string[]
  outletNames: string[]
  withPerson: (name: string) => Directory
}

const byLengthDesc = (a: string, b: string): number => b.length - a.length

const build = (people: KnownPerson[], outlets: KnownOutlet[]): Directory => {
  const personByName = new Map<string, KnownPerson>()
  for (const person of people) {
    for (const name of [...person.names, person.englishName]) {
      const key = normalizeName(name)
      if (key && !personByName.has(key)) personByName.set(key, person)
    }
  }
  const outletByName = new Map<string, KnownOutlet>()
  for (const outlet of outlets) {
    for (const name of outlet.names) {
      const key = normalizeName(name)
      if (key && !outletByName.has(key)) outletByName.set(key, outlet)
    }
  }
  const personNames = [...new Set(people.flatMap((p) => [...p.names, p.englishName]).filter((n) => n.trim()))].sort(byLengthDesc)
  const outletNames = [...new Set(outlets.flatMap((o) => o.names).filter((n) => n.trim()))].sort(byLengthDesc)
  const directory: Directory = {
    findPerson: (name) => personByName.get(normalizeName(name)) ?? null,
    findOutlet: (name) => outletByName.get(normalizeName(name)) ?? outletByName.get(normalizeName(outletFromChineseLabel(name))) ?? null,
    personNames,
    outletNames,
    withPerson: (name) => {
      if (personByName.has(normalizeName(name))) return directory
      const isLatin = /^[\p{Script=Latin}\s.'’-]+$/u.test(name)
      return build([...people, { slug: '', names: [name], englishName: isLatin ? name : '' }], outlets)
    },
  }
  return directory
}

export const createDirectory = (people: KnownPerson[] = [], outlets: KnownOutlet[] = []): Directory =>
  build([...people, ...BUILT_IN_SPOKESPEOPLE], outlets)

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
