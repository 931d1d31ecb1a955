import { readFileSync } from 'node:fs'
import path from 'node:path'

import { type KnownOutlet, type KnownPerson, parseText } from '@/lib/import/1-parse/parse'

const directory = JSON.parse(readFileSync(path.resolve('tests/fixtures/transcripts/directory.json'), 'utf8')) as {
  people: KnownPerson[]
  outlets: KnownOutlet[]
}

const parseFixture = (name: string) => parseText(readFileSync(path.resolve('tests/fixtures/transcripts', name), 'utf8'), directory)

const onlyDocument = (name: string) => {
  const { documents, errors } = parseFixture(name)
  if (documents.length !== 1 || !documents[0])
    throw new Error(`${name}: expected one document, got ${documents.length} ${JSON.stringify(errors)}`)
  return documents[0]
}

describe('an Indonesian transcript', () => {
  const briefing = () => onlyDocument('id-transcript.txt')

  test('is one Indonesian briefing dated from its title', () => {
    expect(briefing()).toMatchObject({ kind: 'briefing', locales: ['id'], date: '2024-09-05' })
  })

  test('matches a translated outlet name to its outlet', () => {
    expect(briefing().items[0]).toMatchObject({ outlet: { id: 'Kantor Berita Xinhua' }, outletSlug: 'xinhua' })
  })

  test('reads Reporter: and Wartawan: as a generic questioner', () => {
    expect(
      briefing()
        .items.slice(1, 3)
        .map((item) => [item.outlet, item.outletSlug]),
    ).toEqual([
      [{}, null],
      [{}, null],
    ])
  })

  test('marks a question starting with "Menindaklanjuti" as a follow-up', () => {
    expect(briefing().items.map((item) => item.followUp)).toEqual([false, false, true, false])
  })

  test('does not treat consecutive generic reporters as the same outlet', () => {
    expect(briefing().items[1]?.followUp).toBe(false)
  })

  test('accepts Tiongkok and China in one text without a warning', () => {
    const result = parseFixture('id-transcript.txt')
    expect([result.warnings, briefing().warnings]).toEqual([[], []])
  })

  test('does not read the date line as an opening statement', () => {
    expect(briefing().openingStatements).toEqual({})
  })
})

describe('an Indonesian repost with site chrome', () => {
  const result = () => parseFixture('id-repost-chrome.txt')

  test('drops every chrome line before and after the text, naming each line', () => {
    expect(result().warnings.map((w) => w.line)).toEqual([1, 2, 3, 4, 5, 11, 12, 13, 14])
  })

  test.each([
    [2, 'reading time', '3 menit membaca'],
    [3, 'dateline', 'Jakarta, 6 September 2024 10:15 WIB'],
    [4, 'image caption', 'Foto:'],
    [5, 'byline', 'Penulis: Rina Kusuma'],
    [11, 'related link', 'Baca juga:'],
    [12, 'share buttons', 'Share'],
    [14, 'copyright', '© 2024 Warta Nusantara'],
  ])('says why line %i was dropped (%s)', (line, kind, text) => {
    const warning = result().warnings.find((w) => w.line === line)
    expect(warning?.message).toContain(`line ${line}: dropped site chrome (${kind})`)
    expect(warning?.message).toContain(text)
  })

  test('keeps the briefing between the chrome', () => {
    expect(onlyDocument('id-repost-chrome.txt')).toMatchObject({
      kind: 'briefing',
      title: { id: 'Juru Bicara Mao Ning menjawab pertanyaan tentang forum Tiongkok-Afrika' },
      date: '2024-09-06',
      startLine: 6,
      endLine: 10,
    })
  })

  test('keeps the WIB dateline as the publication time, not as the briefing date or text', () => {
    const document = onlyDocument('id-repost-chrome.txt')
    expect(document.publishedAt).toBe('2024-09-06T10:15')
    expect(JSON.stringify({ ...document, publishedAt: null })).not.toContain('10:15')
  })
})
