import { matchingEntries, queryWords, signatureOf, type IndexedEntry } from '@/lib/search/memoryIndex'

/**
 * The signature test in front of the text match may only skip entries that cannot match: over
 * many texts and queries (Chinese, Latin, mixed case, words in any order), matchingEntries must
 * return exactly what checking every text would.
 */
const corpus = [
  '中方愿同东盟国家一道维护南海和平稳定。',
  '两国外长将于11月14日在会议期间会晤。',
  'Both sides agreed to deepen practical maritime cooperation in the South China Sea.',
  'Kerja sama kedua negara di bidang energi hijau terus berkembang pesat.',
  'Pembangkit listrik tenaga surya di Jawa Barat mulai beroperasi bulan lalu.',
  'The 17th round of the Strategic Dialogue was held in Jakarta.',
  '',
  'x',
]

const entry = (text: string, id: number): IndexedEntry => {
  const haystack = text.toLowerCase()
  return {
    id,
    locale: 'en',
    kind: 'release',
    sourceCollection: 'press-releases',
    documentId: String(id),
    slug: `s${id}`,
    anchor: null,
    title: '',
    documentTitle: '',
    date: null,
    dateMs: 0,
    updatedMs: 0,
    spokesperson: null,
    topics: [],
    haystack,
    ...signatureOf(haystack),
  }
}

// Many generated texts: every corpus sentence, cut at different points and glued together.
const texts = corpus.flatMap((a, i) => corpus.map((b, j) => `${a.slice(i)} ${b.slice(0, j * 7)}`))
const entries = texts.map(entry)

const queries = [
  '南海',
  '和平稳定',
  '会晤',
  '11月14日',
  'maritime',
  'MARITIME cooperation',
  'sea south',
  'energi hijau',
  'Jawa',
  '17th',
  'x',
  'zz',
  '东盟 dialogue',
  ...texts.slice(0, 30).map((text) => text.slice(3, 9)),
]

test.each(queries)('"%s": the signature never hides a match', (q) => {
  const words = queryWords(q)
  const expected = entries.filter((candidate) => words.every((word) => candidate.haystack.includes(word))).map((candidate) => candidate.id)
  expect(matchingEntries(entries, words).matches.map((candidate) => candidate.id)).toEqual(expected)
})

test('matching stops at the limit and says whether every entry was read; filtered-out entries do not count', () => {
  const words = queryWords('a')
  const all = matchingEntries(entries, words)
  expect(all.complete).toBe(true)
  const first = matchingEntries(entries, words, { limit: 2 })
  expect(first.matches.map((entry) => entry.id)).toEqual(all.matches.slice(0, 2).map((entry) => entry.id))
  expect(first.complete).toBe(false)
  const odd = matchingEntries(entries, words, { accept: (entry) => Number(entry.id) % 2 === 1 })
  expect(odd.matches.map((entry) => entry.id)).toEqual(all.matches.filter((entry) => Number(entry.id) % 2 === 1).map((entry) => entry.id))
})

test('a list that changes (a new list of the same length, one entry replaced) is matched as it is now', () => {
  const before = [entry('Alpha maritime talks', 101), entry('Beta energy forum', 102)]
  expect(matchingEntries(before, queryWords('alpha')).matches.map((found) => found.id)).toEqual([101])
  const after = [entry('Gamma fisheries accord', 103), before[1]!]
  expect(matchingEntries(after, queryWords('gamma')).matches.map((found) => found.id)).toEqual([103])
  expect(matchingEntries(after, queryWords('alpha')).matches).toEqual([])
})

test('the bits are tried rarest first, over more entries than the sample: still every match, in order', () => {
  // 3,000 texts: every one has the common syllables of "kemanusiaan", one in a hundred also "gaza".
  const many = Array.from({ length: 3000 }, (_, index) => entry(`bantuan kemanusiaan ${index % 100 === 7 ? 'gaza' : 'sudan'} ${index}`, 1000 + index))
  const found = matchingEntries(many, queryWords('Bantuan Kemanusiaan Gaza')).matches.map((match) => match.id)
  expect(found).toEqual(many.filter((candidate) => candidate.haystack.includes('gaza')).map((candidate) => candidate.id))
  expect(found).toHaveLength(30)
})
