import type { Locale } from '@/lib/i18n/locales'

import type { DocumentSummary, MergedDocument } from './model'

const mapValues = <T, U>(record: Partial<Record<Locale, T>>, map: (value: T) => U): Partial<Record<Locale, U>> =>
  Object.fromEntries(Object.entries(record).map(([locale, value]) => [locale, map(value as T)])) as Partial<Record<Locale, U>>

/**
 * The structure an editor checks before confirming, and what `--dry-run --json` prints: every
 * text as it will be stored, per language, with the outlet as the text wrote it.
 */
export const summarize = (merged: MergedDocument): DocumentSummary => {
  // Keys in the documented order, so the JSON reads like docs/import.md.
  const head = () => ({
    files: [...new Set(Object.values(merged.fileOf))],
    kind: merged.kind,
    date: merged.date,
    publishedAt: merged.publishedAt,
    locales: [...merged.locales],
    title: { ...merged.title },
  })
  if (merged.kind === 'press-release') {
    return {
      ...head(),
      kind: 'press-release',
      body: mapValues(merged.body, (paragraphs) => [...paragraphs]),
      setAside: [...merged.setAside],
      warnings: [...merged.warnings],
      errors: [...merged.errors],
    }
  }
  const items = () =>
    merged.items.map((item) => ({
      key: item.key,
      outlet: { ...item.outlet },
      question: { ...item.question },
      answer: mapValues(item.answer, (paragraphs) => paragraphs.join('\n\n')),
      followUp: item.followUp,
      ...(item.askedAfterConference ? { askedAfterConference: item.askedAfterConference } : {}),
    }))
  if (merged.kind === 'statement') {
    return {
      ...head(),
      kind: 'statement',
      spokesperson: merged.spokesperson,
      body: mapValues(merged.body, (paragraphs) => [...paragraphs]),
      items: items(),
      setAside: [...merged.setAside],
      warnings: [...merged.warnings],
      errors: [...merged.errors],
    }
  }
  return {
    ...head(),
    kind: 'briefing',
    spokesperson: merged.spokesperson,
    // Paragraph counts differ between languages only in a damaged text (the parser warns); the largest is shown.
    openingStatements: Math.max(0, ...Object.values(merged.openingStatements).map((paragraphs) => paragraphs?.length ?? 0)),
    items: items(),
    setAside: [...merged.setAside],
    warnings: [...merged.warnings],
    errors: [...merged.errors],
  }
}
