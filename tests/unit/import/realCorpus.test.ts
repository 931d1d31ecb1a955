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
