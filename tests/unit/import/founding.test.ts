import { readFileSync } from 'node:fs'
import path from 'node:path'

import { type KnownOutlet, type KnownPerson, parseText } from '@/lib/import/1-parse/parse'
import { demoBriefing, demoOutlets, demoPeople, demoRelease } from '@/lib/seed/demoContent'
import { answerId, briefingDateLineId, briefingTitleId, questionId, releaseBodyId } from '@/lib/seed/foundingDocumentId'

const fixturePath = path.resolve('tests/fixtures/founding-document.id.txt')
const foundingText = readFileSync(fixturePath, 'utf8')

const people: KnownPerson[] = demoPeople.map((person) => ({
  slug: person.slug,
  names: Object.values(person.name),
  englishName: person.name.en,
}))
const outlets: KnownOutlet[] = demoOutlets.map((outlet) => ({
  slug: outlet.slug,
  names: [...Object.values(outlet.name), ...outlet.aliases],
}))

const parseFounding = (input: string | Uint8Array = foundingText) => {
  const result = parseText(input, { people, outlets })
  const [release, briefing] = result.documents
  if (!release || !briefing) throw new Error(`expected two documents, got ${result.documents.length}: ${JSON.stringify(result.errors)}`)
  return { result, release, briefing }
}

describe('the founding document', () => {
  test('is the seed strings joined one paragraph a line, with no trailing newline', () => {
    const rebuilt = [
      ...releaseBodyId,
      briefingTitleId,
      briefingDateLineId,
      `Reporter: ${questionId}`,
      `Mao Ning: ${answerId[0]}`,
      ...answerId.slice(1),
    ].join('\n')
    expect(rebuilt).toBe(foundingText)
  })

  test('splits into a press release followed by a briefing', () => {
    const { result } = parseFounding()
    expect(result.documents.map((d) => d.kind)).toEqual(['press-release', 'briefing'])
  })

  test('parses with no errors and no warnings', () => {
    const { result, release, briefing } = parseFounding()
    expect([result.errors, result.warnings, release.warnings, briefing.warnings]).toEqual([[], [], [], []])
  })

  test('reads both documents as Indonesian only', () => {
    const { release, briefing } = parseFounding()
    expect([release.locales, briefing.locales]).toEqual([['id'], ['id']])
  })

  test('dates both documents 3 September 2024', () => {
    const { release, briefing } = parseFounding()
    expect([release.date, briefing.date]).toEqual(['2024-09-03', '2024-09-03'])
    expect(demoRelease.eventDate.startsWith(release.date ?? '')).toBe(true)
    expect(demoBriefing.date.startsWith(briefing.date ?? '')).toBe(true)
  })

  test('reads the release body as its five paragraphs, verbatim', () => {
    const { release } = parseFounding()
    expect(release.body).toEqual({ id: releaseBodyId })
    expect(release.body.id).toEqual(demoRelease.body.id)
  })

  test('leaves the release title empty instead of inventing one', () => {
    const { release } = parseFounding()
    expect(release.title).toEqual({})
  })

  test('gives the release no items, opening statements or spokesperson', () => {
    const { release } = parseFounding()
    expect([release.items, release.openingStatements, release.spokesperson]).toEqual([[], {}, null])
  })

  test('reads the line before the date line as the briefing title', () => {
    const { briefing } = parseFounding()
    expect(briefing.title).toEqual({ id: briefingTitleId })
    expect(briefing.title.id).toBe(demoBriefing.title.id)
  })

  test('does not read the date line as an opening statement', () => {
    const { briefing } = parseFounding()
    expect(briefing.openingStatements).toEqual({})
    expect(JSON.stringify(briefing)).not.toContain(briefingDateLineId)
  })

  test('names Mao Ning as the spokesperson', () => {
    const { briefing } = parseFounding()
    expect(briefing.spokesperson).toBe('Mao Ning')
  })

  test('reads one question from a generic reporter with no outlet', () => {
    const { briefing } = parseFounding()
    expect(briefing.items).toHaveLength(1)
    expect(briefing.items[0]).toMatchObject({ key: 'q1', line: 8, outlet: {}, outletSlug: null, followUp: false, similarQuestionFrom: [] })
  })

  test('reads the question without its Reporter label', () => {
    const { briefing } = parseFounding()
    expect(briefing.items[0]?.question).toEqual({ id: questionId })
    expect(briefing.items[0]?.question.id).toBe(demoBriefing.items[0]?.question.id)
  })

  test('reads the answer as two paragraphs, verbatim', () => {
    const { briefing } = parseFounding()
    expect(briefing.items[0]?.answer).toEqual({ id: answerId })
    expect(briefing.items[0]?.answer.id).toEqual(demoBriefing.items[0]?.answer.id)
  })

  test('gives the briefing no release body', () => {
    const { briefing } = parseFounding()
    expect(briefing.body).toEqual({})
  })

  test('records where each document starts and ends', () => {
    const { release, briefing } = parseFounding()
    expect([release.startLine, release.endLine, briefing.startLine, briefing.endLine]).toEqual([1, 5, 6, 10])
  })

  test('reads the fixture bytes the same as the string', () => {
    const fromBytes = parseText(new Uint8Array(readFileSync(fixturePath)), { people, outlets })
    expect(fromBytes).toEqual(parseText(foundingText, { people, outlets }))
  })

  test('parses the same without a list of people and outlets', () => {
    expect(parseText(foundingText)).toEqual(parseText(foundingText, { people, outlets }))
  })

  test('still finds the release and the briefing when the whole text is joined on one line', () => {
    const result = parseText(foundingText.replace(/\n/g, ' '), { people, outlets })
    expect(result.documents.map((d) => d.kind)).toEqual(['press-release', 'briefing'])
    expect(result.documents[1]).toMatchObject({ title: { id: briefingTitleId }, date: '2024-09-03', spokesperson: 'Mao Ning' })
    expect(result.documents[1]?.items[0]?.question).toEqual({ id: questionId })
  })

  test('warns that paragraph breaks were lost when the text is joined on one line', () => {
    const result = parseText(foundingText.replace(/\n/g, ' '))
    expect(result.warnings).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/joined on one line.*could not be recovered/) }),
    ])
  })
})
