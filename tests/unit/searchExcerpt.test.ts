import { excerptSegments, markMatches, shortenText, type ExcerptSegment } from '@/lib/search/excerpt'

/** The excerpt under a search result: whole words only, the query's words marked, never HTML. */
const plain = (segments: ExcerptSegment[]) => segments.map((segment) => segment.text).join('')
const marked = (segments: ExcerptSegment[]) => segments.filter((segment) => segment.isMatch).map((segment) => segment.text)

const englishWords = (text: string) => text.replace(/…/g, ' ').split(/\s+/).filter(Boolean)

const english =
  'The ministers of both countries met in Jakarta on Tuesday and reviewed the progress of the comprehensive strategic partnership. ' +
  'They agreed that maritime cooperation between Indonesia and China should deepen in fisheries, navigation safety and marine science, ' +
  'and that the 2025 dialogue would be held in Beijing. The spokesperson added that both sides value the consultations highly.'

test('an English excerpt starts and ends on whole words, with the query’s words marked in their own case', () => {
  const segments = excerptSegments(english, ['maritime', 'china'], 60)
  const text = plain(segments)
  expect(text.startsWith('…')).toBe(true)
  expect(text.endsWith('…')).toBe(true)
  const sourceWords = new Set(english.split(/\s+/))
  for (const word of englishWords(text)) expect(sourceWords.has(word)).toBe(true)
  expect(marked(segments)).toEqual(['maritime', 'China'])
})

test('an Indonesian excerpt is cut on word boundaries too', () => {
  const indonesian =
    'Menteri Luar Negeri Republik Indonesia menerima kunjungan kehormatan Duta Besar Republik Rakyat Tiongkok di Gedung Pancasila. ' +
    'Kedua pihak membahas kerja sama maritim, ketahanan pangan, dan energi hijau yang terus berkembang pesat di kawasan.'
  const text = plain(excerptSegments(indonesian, ['maritim'], 40))
  const sourceWords = new Set(indonesian.split(/\s+/))
  for (const word of englishWords(text)) expect(sourceWords.has(word)).toBe(true)
  expect(text).toContain('maritim')
})

test('Chinese may be cut between characters, but never inside a Latin word or number among them', () => {
  const chinese = `${'今天我发布两条消息。'.repeat(6)}中方愿同东盟国家一道维护南海和平稳定，APEC2025峰会将于11月举行。${'双方同意深化务实合作。'.repeat(6)}`
  const unbreakable = ['APEC2025', '11'].map((word) => ({ start: chinese.indexOf(word), end: chinese.indexOf(word) + word.length }))
  const cuts = new Set<number>()
  for (let radius = 8; radius <= 40; radius++) {
    const segments = excerptSegments(chinese, ['南海'], radius)
    const text = plain(segments).replace(/^…|…$/g, '')
    const start = chinese.indexOf(text)
    expect(start).toBeGreaterThanOrEqual(0)
    expect(marked(segments)).toEqual(['南海'])
    for (const cut of [start, start + text.length]) {
      cuts.add(cut)
      expect(unbreakable.filter((word) => cut > word.start && cut < word.end)).toEqual([])
    }
  }
  // The windows did reach the Latin word and the number, and ended between characters elsewhere.
  expect([...cuts].some((cut) => cut === unbreakable[0]!.end || cut === unbreakable[1]!.end)).toBe(true)
})

test('Chinese paragraphs joined after their full stop gain no space, and a Chinese window is half as wide', () => {
  const segments = excerptSegments(`${'前'.repeat(100)}第一段结束。\n\n第二段提到南海问题。`, ['南海'], 20)
  const text = plain(segments)
  expect(text).toContain('结束。第二段提到南海问题。')
  expect(text.replace(/…/g, '').length).toBeLessThanOrEqual(2 * 10 + 2)
})

test('a cut Chinese window does not open on punctuation', () => {
  for (let radius = 4; radius <= 30; radius++) {
    const text = excerptSegments('中方今年在联合国大会提出决议，获协商一致通过，143个国家联署。作为后续行动，中国和联合国在上海共同举办研讨班。', ['上海'], radius)
      .map((segment) => segment.text)
      .join('')
    expect(text).not.toMatch(/^…[，。、；：]/)
  }
})

test('a match inside a long word keeps that whole word and marks only the matched part', () => {
  const segments = excerptSegments('Kerja sama pembangunan infrastruktur berkelanjutan di kawasan timur.', ['struktur'], 5)
  expect(plain(segments)).toContain('infrastruktur')
  expect(marked(segments)).toEqual(['struktur'])
})

test('every occurrence of every word is marked, longest first where two start together', () => {
  expect(markMatches('Sea, seas and the SEA.', ['sea', 'seas'])).toEqual([
    { text: 'Sea', isMatch: true },
    { text: ', ', isMatch: false },
    { text: 'seas', isMatch: true },
    { text: ' and the ', isMatch: false },
    { text: 'SEA', isMatch: true },
    { text: '.', isMatch: false },
  ])
})

test('indexed text stays text: markup and regular-expression characters are plain segments', () => {
  const segments = excerptSegments('<img src=x onerror=alert(1)> costs (a+b)* 100%', ['(a+b)*', '100%'])
  expect(plain(segments)).toBe('<img src=x onerror=alert(1)> costs (a+b)* 100%')
  expect(marked(segments)).toEqual(['(a+b)*', '100%'])
})

test('a long question is shortened on a word boundary', () => {
  const question = 'What is the position of the government on the recent incident near the Natuna islands, and will the ministry respond?'
  const short = shortenText(question, 60)
  expect(short.endsWith('…')).toBe(true)
  expect(question.startsWith(short.slice(0, -1))).toBe(true)
  expect(question[short.length - 1]).toBe(' ')
})
