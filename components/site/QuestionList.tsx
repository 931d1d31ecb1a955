import type { Briefing } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'

import { RichText } from '@payloadcms/richtext-lexical/react'

import { relationName, relationNames } from '@/lib/data/relations'
import { getTranslator } from '@/lib/i18n/server'

import { CopyLinkButton } from './CopyLinkButton'

type Item = NonNullable<Briefing['items']>[number]

/** q3 → 3: the number shown is the anchor's, so "3." and `#q3` agree in every language and in print. */
export const questionNumber = (key: string | null | undefined): number | undefined => {
  const match = /^q(\d+)$/.exec(key ?? '')
  return match ? Number(match[1]) : undefined
}

/**
 * A briefing's numbered exchanges. Each item carries the locale-independent anchor (`id="q3"`),
 * the asking outlet, outlets with a similar question, and a copy-link control.
 */
export async function QuestionList({
  locale,
  items,
  spokesperson,
  isExcerpt = false,
}: {
  locale: Locale
  items: Item[]
  spokesperson: string | null
  /** On another page (the home page's first questions): no anchors or copy links of its own. */
  isExcerpt?: boolean
}) {
  const [t, doc] = await Promise.all([getTranslator(locale), getTranslator(locale, 'documents')])
  const separator = locale === 'zh' ? '、' : ', '
  return (
    <ol className="qa">
      {items
        .filter((item) => item.question || item.answer)
        .map((item) => {
          const number = questionNumber(item.key)
          const similar = relationNames(item.similarQuestionFrom)
          return (
            <li key={item.key ?? item.id} id={isExcerpt ? undefined : (item.key ?? undefined)} value={number}>
              <div className="question">
                <span className="outlet">{relationName(item.outlet) ?? t('briefing.reporter')}</span>
                {item.followUp ? <span className="follow-up"> ({t('briefing.followUp')})</span> : null}
                <span className="colon">{doc('separator')}</span>
                {item.question}
                {item.key && number && !isExcerpt ? (
                  <CopyLinkButton
                    anchor={item.key}
                    label={doc('copyLink', { number })}
                    copiedLabel={doc('copied')}
                  />
                ) : null}
              </div>
              {similar.length > 0 ? (
                <p className="meta similar">{t('briefing.similarQuestionFrom', { outlets: similar.join(separator) })}</p>
              ) : null}
              <div className="answer">
                {spokesperson ? (
                  <span className="speaker">
                    {spokesperson}
                    {doc('separator')}
                  </span>
                ) : null}
                {item.answer ? <RichText data={item.answer} /> : null}
              </div>
            </li>
          )
        })}
    </ol>
  )
}
