'use client'

import type { ReactNode } from 'react'

import type { AdminKey, AdminTranslations } from '@/lib/i18n/adminStrings'
import type { Locale } from '@/lib/i18n/locales'
import type { PublicationState } from '@/lib/workflow/states'

import { useTranslation } from '@payloadcms/ui'

import { stateGlyph } from './labels'
import { SavedTime } from './SavedTime'
import { useWorkflowAfterSave } from './useWorkflowAfterSave'

type Props = {
  collection: string
  id: string
  locale: Locale
  /** As the page was rendered: the state shown ('stale' over the state), and what readers get. */
  display: string
  publication: PublicationState
  timeZone: string
  savedAt: string | null
  children?: ReactNode
}

/**
 * The status line's words, in the browser so that a Save Draft, which turns a published or stale
 * language back into a draft, changes them at once (LocaleStatus renders the page's first state).
 */
export function LocaleStatusLine({ collection, id, locale, display: rendered, publication: renderedPublication, timeZone, savedAt, children }: Props) {
  const { t, i18n } = useTranslation<AdminTranslations, AdminKey>()
  const entry = useWorkflowAfterSave(collection, id)?.overview.locales.find((candidate) => candidate.locale === locale)
  const display = entry ? entry.display : rendered
  const publication = entry?.publication ?? renderedPublication
  const language = t(`warta:languages:${locale}`)
  // "bahasa Tionghoa" inside a sentence, "Bahasa Tionghoa" at the start of a line.
  const heading = language.charAt(0).toLocaleUpperCase(i18n.language) + language.slice(1)
  return (
    <p className="doc-controls__value warta-locale-status" data-state={display} data-publication={publication}>
      {/* "中文：", with the colon the language writes. */}
      <span>{t('warta:status:language', { language: heading })}</span>
      <span className="warta-state">
        {stateGlyph(display)} {t(`warta:states:${display}` as AdminKey)}
      </span>
      <span> · {t('warta:workflow:readers', { publication: t(`warta:publication:${publication}`) })}</span>
      {/* The save time is the document's: a language with no text yet was never saved. */}
      {display === 'missing' ? null : (
        <>
          <span> · </span>
          <SavedTime timeZone={timeZone} initial={savedAt} />
        </>
      )}
      {children}
    </p>
  )
}
