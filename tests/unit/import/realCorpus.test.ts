import { mergeDocuments } from '@/lib/import/2-merge/merge'
import { parseTexts } from '@/lib/import/2-merge/sources'
import { evaluateCorpus, loadRealCorpus } from '@/tests/helpers/realCorpus'

/**
 * Every page of the real-world corpus (tests/fixtures/import/real) parsed as the dry run does (no
 * database), compared field by field with its hand-written expected structure. Pages the
 * importer still gets wrong are listed with the reason; the test fails when an unlisted page
 * goes wrong and when a listed one starts coming out right (so the list stays honest).
 * `scripts/importAccuracy.ts` prints the per-layout table quoted in docs/import.md.
 */

/** Pages the importer still gets wrong, with the reason (none at the moment). */
const KNOWN_WRONG: Record<string, string> = {}

const results = evaluateCorpus(loadRealCorpus())

describe('the real-world corpus', () => {
  test('holds at least 40 pages across transcripts, releases and negatives', () => {
    expect(results.length).toBeGreaterThanOrEqual(40)
  })

  test('every known-wrong page exists in the corpus', () => {
    const names = new Set(results.map((r) => r.name))
    expect(Object.keys(KNOWN_WRONG).filter((name) => !names.has(name))).toEqual([])
  })

  test.each(results.filter((r) => !(r.name in KNOWN_WRONG)).map((r) => [r.name, r] as const))('%s comes out as expected', (_, result) => {
    expect(result.wrong).toEqual([])
  })

  test('every page listed as known-wrong is still wrong', () => {
    expect(results.filter((r) => r.name in KNOWN_WRONG && r.wrong.length === 0).map((r) => r.name)).toEqual([])
  })
})

describe('two language versions of one real conference', () => {
  test('the ministry’s English page and the Indonesian translation merge into one briefing, question by question', () => {
    const corpus = loadRealCorpus()
    const texts = ['mfa-en-2024-07-15', 'bolong-id-2024-07-15-no-title'].map((name) => ({
      name: `${name}.txt`,
      content: corpus.find((fixture) => fixture.name === name)?.text ?? '',
    }))
    const { documents, failures } = parseTexts(texts, {})
    const merged = mergeDocuments(documents)
    expect(failures).toEqual([])
    expect(merged.map(({ kind, date, locales, errors }) => ({ kind, date, locales, errors }))).toEqual([
      { kind: 'briefing', date: '2024-07-15', locales: ['en', 'id'], errors: [] },
    ])
    expect(merged[0]?.items.map(({ outlet }) => outlet)).toEqual([
      { en: 'CCTV', id: 'CCTV' },
      { en: 'NBC', id: 'NBC' },
    ])
  })

  test('the ministry’s English transcript and a Chinese repost of the same conference merge into one briefing, question by question', () => {
    const corpus = loadRealCorpus()
    const texts = ['zxljss-zh-hant-2024-06-17', 'fmprc-en-2024-06-17'].map((name) => ({
      name: `${name}.txt`,
      content: corpus.find((fixture) => fixture.name === name)?.text ?? '',
    }))
    // The outlets as an editor would have entered them: English and simplified Chinese names only,
    // so the repost's traditional 總臺央視 is not a known outlet and is compared as written.
    const outlets = [
      { slug: 'cctv', names: ['CCTV', '总台央视', '中央广播电视总台'] },
      { slug: 'dragon-tv', names: ['Dragon TV', '东方卫视'] },
    ]
    const { documents, failures } = parseTexts(texts, { outlets })
    expect(failures).toEqual([])
    expect(documents.map(({ document }) => [document.locales, document.kind === 'press-release' ? 0 : document.items.length])).toEqual([
      [['zh'], 2],
      [['en'], 2],
    ])
    const merged = mergeDocuments(documents)
    expect(merged.map(({ kind, date, locales, spokesperson, errors }) => ({ kind, date, locales, spokesperson, errors }))).toEqual([
      { kind: 'briefing', date: '2024-06-17', locales: ['zh', 'en'], spokesperson: 'Lin Jian', errors: [] },
    ])
    expect(merged[0]?.items.map(({ key, outlet }) => [key, outlet])).toEqual([
      ['q1', { zh: '總臺央視', en: 'CCTV' }],
      ['q2', { zh: '東方衛視', en: 'Dragon TV' }],
    ])
    expect(merged[0]?.items.every((item) => Boolean(item.question.zh) && Boolean(item.question.en))).toBe(true)
    expect(Object.values(merged[0]?.openingStatements ?? {}).map((paragraphs) => paragraphs?.length)).toEqual([2, 2])
  })
})

describe('three language versions of one real conference (15 July 2024)', () => {
  // The Chinese text is a bilingual repost (traditional characters, each paragraph followed by the
  // ministry's English); mfa.gov.cn's own Chinese page was not in the search tool's store. Its copy
  // ends inside the first answer, so it has one question where the Indonesian translation has two.
  const corpus = loadRealCorpus()
  const text = (name: string) => ({ name: `${name}.txt`, content: corpus.find((fixture) => fixture.name === name)?.text ?? '' })
  // The outlets as an editor would have entered them (English and simplified Chinese), so the
  // repost's traditional 總台央視 is compared as written, as is NBC, which is not in the list.
  const outlets = [{ slug: 'cctv', names: ['CCTV', '总台央视', '中央广播电视总台'] }]

  test('the Chinese–English repost and the Indonesian translation merge into one trilingual briefing: the question both have is paired, the one only the Indonesian copy has is kept in Indonesian and reported', () => {
    const { documents, failures } = parseTexts([text('atoomu-bilingual-zh-hant-2024-07-15'), text('bolong-id-2024-07-15-no-title')], { outlets })
    expect(failures).toEqual([])
    expect(documents.map(({ document }) => [document.locales, document.kind === 'press-release' ? 0 : document.items.length])).toEqual([
      [['zh', 'en'], 1],
      [['id'], 2],
    ])
    const merged = mergeDocuments(documents)
    expect(merged.map(({ kind, date, locales, spokesperson, errors }) => ({ kind, date, locales, spokesperson, errors }))).toEqual([
      { kind: 'briefing', date: '2024-07-15', locales: ['zh', 'en', 'id'], spokesperson: 'Lin Jian', errors: [] },
    ])
    const [briefing] = merged
    expect(briefing?.items.map(({ key, outlet, outletSlug }) => [key, outlet, outletSlug])).toEqual([
      ['q1', { zh: '總台央視', en: 'CCTV', id: 'CCTV' }, 'cctv'],
      ['q2', { id: 'NBC' }, null],
    ])
    expect(Object.keys(briefing?.items[0]?.question ?? {}).sort()).toEqual(['en', 'id', 'zh'])
    expect(Object.keys(briefing?.items[0]?.answer ?? {}).sort()).toEqual(['en', 'id', 'zh'])
    expect(briefing?.items[0]?.question.zh).toMatch(/^外交部網站7月12日公布/)
    expect(briefing?.items[0]?.question.id).toMatch(/^Kementerian Luar Negeri mengeluarkan keputusan/)
    // No language of this conference opens with an announcement: none has opening statements.
    expect(briefing?.openingStatements).toEqual({})
    expect(briefing?.warnings).toContainEqual(expect.stringMatching(/^q2 \(NBC\) is only in bolong-id-2024-07-15-no-title\.txt: atoomu-bilingual-zh-hant-2024-07-15\.txt has no Chinese and English version of it/))
  })

  test('the ministry’s English page cannot join in the same run: with the repost it makes two English texts of that date, so nothing of the date is merged and each says why', () => {
    const { documents } = parseTexts(
      [text('atoomu-bilingual-zh-hant-2024-07-15'), text('mfa-en-2024-07-15'), text('bolong-id-2024-07-15-no-title')],
      { outlets },
    )
    const merged = mergeDocuments(documents)
    expect(merged.map(({ locales }) => locales)).toEqual([['zh', 'en'], ['en'], ['id']])
    for (const document of merged) expect(document.warnings).toContainEqual(expect.stringContaining('share a language, so it is unclear which are translations of which'))
  })
})
