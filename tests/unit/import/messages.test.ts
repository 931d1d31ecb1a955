import { FURNITURE_KINDS, furnitureKindKey, readImportMessage } from '@/lib/import/1-parse/messages'
import { parseText } from '@/lib/import/1-parse/parse'
import { parseTexts } from '@/lib/import/2-merge/sources'
import { loadRealCorpus } from '@/tests/helpers/realCorpus'

import { fixtureText } from './importHelpers'

/**
 * The Import view says the common messages (lines set aside, dates to check) in the admin's
 * language from a key and parameters read back from the English sentence. Written and read in one
 * module; these tests keep the two sides together on what the parser really prints.
 */

const PASTED = 'pasted text'
const siaranPers = [
  'SIARAN PERS',
  'Menteri Luar Negeri Menerima Kunjungan Duta Besar Jepang',
  'Jakarta, 12 November 2026',
  'Menteri Luar Negeri Republik Indonesia hari ini menerima kunjungan kehormatan Duta Besar Jepang untuk Indonesia di Gedung Pancasila, Jakarta.',
  'Kedua pihak membahas peningkatan kerja sama ekonomi, pendidikan, dan kecerdasan buatan.',
  'Kementerian Luar Negeri Republik Indonesia',
].join('\n')

const sourcedOne = (name: string, content: string) => {
  const { documents } = parseTexts([{ name, content }], {})
  const [document] = documents
  if (!document) throw new Error(`${name}: no document`)
  return document
}

describe('messages read back as key and parameters', () => {
  test('a pasted release’s set-aside lines and warnings: file, line, key, kind and text', () => {
    const { warnings, setAside } = sourcedOne(PASTED, siaranPers)
    expect(warnings.map((w) => readImportMessage(w, [PASTED]))).toEqual([
      { file: PASTED, line: 1, key: 'setAside', kind: 'genre label', text: 'SIARAN PERS' },
      { file: PASTED, line: 6, key: 'chrome', kind: 'site name', text: 'Kementerian Luar Negeri Republik Indonesia' },
    ])
    expect(setAside.map((line) => readImportMessage(line, [PASTED]))).toEqual([
      { file: PASTED, line: 1, key: 'setAsideEntry', kind: 'genre label', text: 'SIARAN PERS' },
      { file: PASTED, line: 6, key: 'setAsideEntry', kind: 'site name', text: 'Kementerian Luar Negeri Republik Indonesia' },
    ])
  })

  test('a date range, a date from the page’s date line, a missing year', () => {
    const range = sourcedOne('a.txt', fixtureText('import/real/setnasasean-id-2018-07-30-release.txt'))
    expect(range.warnings.map((w) => readImportMessage(w, ['a.txt'])).filter((n) => n?.key === 'dateRange')).toEqual([
      { file: 'a.txt', line: expect.any(Number), key: 'dateRange', date: '2018-07-31' },
    ])
    const yearless = sourcedOne('b.txt', fixtureText('import/real/indonesianconsulate-ae-en-yearless.txt'))
    expect(yearless.warnings.map((w) => readImportMessage(w, ['b.txt'])?.key)).toContain('yearMissing')
    const signedOff = sourcedOne('c.txt', fixtureText('import/real/mofa-pk-en-2014-09-02-release.txt'))
    expect(signedOff.warnings.map((w) => readImportMessage(w, ['c.txt']))).toContainEqual({ file: 'c.txt', line: 3, key: 'datedFromPage', date: '2014-09-02' })
  })

  test('a rare message is left as written (null)', () => {
    expect(readImportMessage('pasted text: line 3: label without colon, read as outlet \'CCTV\'', [PASTED])).toBeNull()
  })

  test('a long line is quoted shortened in the warning, in full in the set-aside list', () => {
    const caption = `Foto: ${'sangat panjang '.repeat(6)}`.trim()
    const { warnings, setAside } = sourcedOne(PASTED, `${siaranPers}\n${caption}`)
    expect(readImportMessage(warnings.at(-1) ?? '', [PASTED])?.text).toMatch(/…$/u)
    expect(readImportMessage(setAside.at(-1) ?? '', [PASTED])?.text).toBe(caption)
  })

  test('every kind of line the real corpus sets aside has a key the admin translates', () => {
    const kinds = new Set<string>()
    for (const page of loadRealCorpus()) for (const line of parseText(page.text).dropped ?? []) kinds.add(line.kind)
    expect([...kinds].filter((kind) => furnitureKindKey(kind) === null)).toEqual([])
    expect(FURNITURE_KINDS.map(furnitureKindKey)).toContain('aboveTheTitle')
    expect(furnitureKindKey("not the page's main content")).toBe('notThePagesMainContent')
  })
})
