import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Locale } from '@/lib/i18n/locales'
import { type ParsedDocument, type ParseResult, parseText } from '@/lib/import/1-parse/parse'

/**
 * The real-world corpus (tests/fixtures/import/real): public pages as the search tool returned
 * them, each with a hand-written expected structure in `<name>.expected.json`. Shared by the
 * accuracy test and `scripts/importAccuracy.ts`, so the table in docs/import.md is reproducible.
 */

export const REAL_CORPUS_DIR = path.resolve('tests/fixtures/import/real')

type ExpectedItem = { outlet: string | null; question: string }

export type Expected =
  | {
      kind: 'briefing'
      date: string | null
      spokesperson: string
      openingStatements: number
      items: ExpectedItem[]
      locales?: Locale[]
      publishedAt?: string
    }
  | { kind: 'press-release'; date: string | null; paragraphs: number | null; title?: string; dateWarning?: string; speech?: boolean }
  | { kind: 'refused'; reason: string }

/**
 * `heldOut`: collected after the parser was changed for the corpus, to see how it does on pages it was not fitted to.
 * `batch` names the collection round of a held-out page, so each round's first-run score can be reported on its own.
 */
export type RealFixture = { name: string; layout: string; source: string; text: string; expected: Expected; heldOut: boolean; batch: string | null }

export const loadRealCorpus = (): RealFixture[] =>
  readdirSync(REAL_CORPUS_DIR)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '')
      const sidecar = JSON.parse(readFileSync(path.join(REAL_CORPUS_DIR, `${name}.expected.json`), 'utf8')) as {
        layout: string
        source: string
        expected: Expected
        heldOut?: boolean
        batch?: string
      }
      const text = readFileSync(path.join(REAL_CORPUS_DIR, file), 'utf8')
      return { name, layout: sidecar.layout, source: sidecar.source, text, expected: sidecar.expected, heldOut: sidecar.heldOut === true, batch: sidecar.batch ?? null }
    })

/** Whitespace and comma width folded, so "昨天,美国" matches "昨天，美国". */
const fold = (text: string): string => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()

const show = (value: unknown): string => JSON.stringify(value)

/** The fields of `expected` that the parse got wrong, one message each; empty when all are right. */
export const compareWithExpected = (result: ParseResult, expected: Expected): string[] => {
  const wrong: string[] = []
  if (expected.kind === 'refused') {
    if (result.documents.length > 0) return [`kind: expected refused (${expected.reason}), got ${result.documents.map((d) => d.kind).join(', ')}`]
    const messages = result.errors.map((e) => e.message).join(' | ')
    if (!fold(messages).includes(fold(expected.reason))) wrong.push(`reason: expected '${expected.reason}', got ${show(messages.slice(0, 200))}`)
    return wrong
  }
  if (result.documents.length !== 1) {
    const why = result.documents.length === 0 ? result.errors.map((e) => e.message).join(' | ').slice(0, 200) : result.documents.map((d) => d.kind).join(', ')
    return [`kind: expected one ${expected.kind}, got ${result.documents.length} documents (${why})`]
  }
  const document = result.documents[0] as ParsedDocument
  if (document.kind !== expected.kind) wrong.push(`kind: expected ${expected.kind}, got ${document.kind}`)
  if (document.date !== expected.date) wrong.push(`date: expected ${show(expected.date)}, got ${show(document.date)}`)
  const first = document.locales[0] as Locale

  if (expected.kind === 'press-release') {
    const paragraphs = document.body[first]?.length ?? 0
    if (expected.paragraphs !== null && paragraphs !== expected.paragraphs) wrong.push(`paragraphs: expected ${expected.paragraphs}, got ${paragraphs}`)
    if (expected.title !== undefined && document.title[first] !== expected.title) wrong.push(`title: expected ${show(expected.title)}, got ${show(document.title[first])}`)
    if (expected.dateWarning && !document.warnings.some((w) => fold(w.message).includes(expected.dateWarning ?? ''))) {
      wrong.push(`warnings: expected a warning about the date ${expected.dateWarning}`)
    }
    return wrong
  }

  if (document.spokesperson !== expected.spokesperson) wrong.push(`spokesperson: expected ${show(expected.spokesperson)}, got ${show(document.spokesperson)}`)
  if (expected.locales && show([...document.locales].sort()) !== show([...expected.locales].sort())) wrong.push(`locales: expected ${show(expected.locales)}, got ${show(document.locales)}`)
  const opening = document.openingStatements[first]?.length ?? 0
  if (opening !== expected.openingStatements) wrong.push(`openingStatements: expected ${expected.openingStatements}, got ${opening}`)
  if (expected.publishedAt !== undefined && document.publishedAt !== expected.publishedAt) {
    wrong.push(`publishedAt: expected ${show(expected.publishedAt)}, got ${show(document.publishedAt)}`)
  }
  if (document.items.length !== expected.items.length) wrong.push(`items: expected ${expected.items.length}, got ${document.items.length}`)
  expected.items.forEach((want, index) => {
    const item = document.items[index]
    if (!item) return
    const questions = Object.values(item.question).map((q) => fold(q ?? ''))
    if (!questions.some((q) => q.startsWith(fold(want.question)))) {
      wrong.push(`q${index + 1} boundary: expected a question starting ${show(want.question)}, got ${show(questions.map((q) => q.slice(0, 40)))}`)
    }
    if (want.outlet !== null) {
      const outlets = Object.values(item.outlet).map((o) => fold(o ?? ''))
      if (!outlets.some((o) => o.includes(fold(want.outlet ?? '')))) wrong.push(`q${index + 1} outlet: expected ${show(want.outlet)}, got ${show(outlets)}`)
    }
  })
  return wrong
}

export type LayoutScore = { layout: string; total: number; right: number; wrongFields: Record<string, number> }

export const evaluateCorpus = (fixtures: RealFixture[]): { name: string; layout: string; heldOut: boolean; batch: string | null; wrong: string[] }[] =>
  fixtures.map((fixture) => ({
    name: fixture.name,
    layout: fixture.layout,
    heldOut: fixture.heldOut,
    batch: fixture.batch,
    wrong: compareWithExpected(parseText(fixture.text), fixture.expected),
  }))

export const scoreByLayout = (results: { layout: string; wrong: string[] }[]): LayoutScore[] => {
  const byLayout = new Map<string, LayoutScore>()
  for (const { layout, wrong } of results) {
    const score = byLayout.get(layout) ?? { layout, total: 0, right: 0, wrongFields: {} }
    score.total++
    if (wrong.length === 0) score.right++
    for (const field of new Set(wrong.map((w) => w.split(':')[0]?.replace(/^q\d+ /, 'item ') ?? ''))) score.wrongFields[field] = (score.wrongFields[field] ?? 0) + 1
    byLayout.set(layout, score)
  }
  return [...byLayout.values()].sort((a, b) => a.layout.localeCompare(b.layout))
}
