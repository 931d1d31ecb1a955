import type { Locale } from '@/lib/i18n/locales'
import type { ImportDirectory } from '@/lib/import/3-store/directory'
import type { MergedDocument } from '@/lib/import/2-merge/model'
import type { StoredDoc } from '@/lib/import/3-store/stored'

import { mergeDocuments } from '@/lib/import/2-merge/merge'
import { planDocument } from '@/lib/import/3-store/plan'
import { paragraphsToRichText } from '@/lib/richText/paragraphs'

import { briefingEn, briefingZh, fixtureText, outlets, people, sourced } from './importHelpers'

const outletIds: [string, number][] = [
  ['cctv', 11],
  ['xinhua', 12],
  ['reuters', 13],
  ['afp', 14],
]
const directory: ImportDirectory = {
  people,
  outlets,
  personIdBySlug: new Map([
    ['mao-ning', 1],
    ['ma-zhaoxu', 2],
  ]),
  outletIdBySlug: new Map(outletIds),
  outletSlugById: new Map(outletIds.map(([slug, id]) => [String(id), slug])),
  findOutletSlug: (name) => outlets.find((outlet) => outlet.names.includes(name))?.slug ?? null,
}

const merge = (texts: Record<string, string>): MergedDocument => {
  const [merged] = mergeDocuments(sourced(texts))
  if (!merged) throw new Error('no document')
  return merged
}

const perLocale = <T>(merged: MergedDocument, pick: (locale: Locale) => T | undefined) =>
  Object.fromEntries(merged.locales.map((locale) => [locale, pick(locale)]))

/** What the database holds after `merged` was imported, read with locale 'all'. */
const storedFrom = (merged: MergedDocument): StoredDoc => ({
  id: 7,
  title: perLocale(merged, (locale) => merged.title[locale]),
  spokesperson: 1,
  body: perLocale(merged, (locale) => (merged.body[locale] ? paragraphsToRichText(merged.body[locale]) : undefined)),
  openingStatements: perLocale(merged, (locale) => paragraphsToRichText(merged.openingStatements[locale] ?? [])),
  items: merged.items.map((item, index) => ({
    id: `row-${index + 1}`,
    key: item.key,
    outlet: item.outletSlug ? (directory.outletIdBySlug.get(item.outletSlug) ?? null) : null,
    followUp: item.followUp,
    similarQuestionFrom: [],
    topics: [],
    question: perLocale(merged, (locale) => item.question[locale]),
    answer: perLocale(merged, (locale) => paragraphsToRichText(item.answer[locale] ?? [])),
  })),
})

const bilingual = () => merge({ 'zh.txt': briefingZh, 'en.txt': briefingEn })

describe('planning the import of a document that is already stored', () => {
  test('plans nothing for a text identical to the stored one', () => {
    expect(planDocument(bilingual(), storedFrom(bilingual()), directory).plan).toEqual({ action: 'unchanged', id: 7 })
  })

  test('updates only the language whose text changed', () => {
    const changed = merge({ 'zh.txt': briefingZh.replace('我目前没有', '目前我没有'), 'en.txt': briefingEn })
    const { plan } = planDocument(changed, storedFrom(bilingual()), directory)
    expect(plan.action === 'update' && plan.content.map(([locale]) => locale)).toEqual(['zh'])
  })

  test('keeps the stored rows’ ids and keys, so other languages stay attached to them', () => {
    const changed = merge({ 'zh.txt': briefingZh.replace('我目前没有', '目前我没有') })
    const { plan } = planDocument(changed, storedFrom(bilingual()), directory)
    expect(plan.action === 'update' && plan.rows.map(({ id, key }) => [id, key])).toEqual([
      ['row-1', 'q1'],
      ['row-2', 'q2'],
      ['row-3', 'q3'],
    ])
  })

  test('fills in an outlet the stored row lacks', () => {
    const stored = storedFrom(bilingual())
    ;(stored.items as { outlet: number | null }[])[0]!.outlet = null
    const { plan } = planDocument(bilingual(), stored, directory)
    expect(plan.action === 'update' && plan.rows[0]?.outlet).toBe(11)
  })

  test('refuses to re-pair questions when another language’s text hangs off the stored rows', () => {
    const shorter = merge({ 'zh.txt': briefingZh.split('\n').slice(0, 7).join('\n') })
    const { plan } = planDocument(shorter, storedFrom(bilingual()), directory)
    expect(plan.action === 'failed' && plan.error).toMatch(
      /^Chinese not merged into the stored briefing: different numbers of questions \(2 in zh\.txt, 3 in the stored briefing\), and its English text is paired/,
    )
  })

  test('rebuilds the rows, with a warning, when only the imported language has Q&A text', () => {
    const shorter = merge({ 'zh.txt': briefingZh.split('\n').slice(0, 7).join('\n') })
    const { plan, warnings } = planDocument(shorter, storedFrom(merge({ 'zh.txt': briefingZh })), directory)
    expect(plan.action === 'update' && plan.rows.map(({ id }) => id)).toEqual(['row-1', 'row-2'])
    expect(warnings).toEqual([
      expect.stringMatching(/^the questions differ from the stored briefing .*; its rows were rebuilt from this text\.$/),
    ])
  })

  test('never replaces a stored title with one derived from the first sentence', () => {
    const founding = mergeDocuments(sourced({ 'founding.txt': fixtureText('founding-document.id.txt') }))[0]!
    const stored = { ...storedFrom(founding), title: { id: 'Judul yang ditulis editor' } }
    expect(planDocument(founding, stored, directory).plan.action).toBe('unchanged')
  })
})

describe('planning a new document', () => {
  test('makes Chinese the source language and writes it first', () => {
    const { plan } = planDocument(merge({ 'en.txt': briefingEn, 'zh.txt': briefingZh }), null, directory)
    expect(plan.action === 'create' && [plan.sourceLocale, plan.content.map(([locale]) => locale)]).toEqual(['zh', ['zh', 'en']])
  })

  test('links the spokesperson and each question’s outlet', () => {
    const { plan } = planDocument(bilingual(), null, directory)
    expect(plan.action === 'create' && [plan.shared.spokesperson, plan.rows.map(({ outlet }) => outlet)]).toEqual([1, [11, 13, 12]])
  })

  test('leaves an unknown spokesperson empty and says so', () => {
    const { plan, warnings } = planDocument(merge({ 'zh.txt': briefingZh.replaceAll('毛宁', '林剑') }), null, directory)
    expect(plan.action === 'create' && plan.shared.spokesperson).toBeNull()
    expect(warnings).toEqual([expect.stringMatching(/^spokesperson Lin Jian is not in People/)])
  })

  test('does not write a document that has errors', () => {
    const undated = merge({ 'en.txt': briefingEn.split('\n').slice(1).join('\n') })
    expect(planDocument(undated, null, directory).plan.action).toBe('failed')
  })
})
