import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { listSpokespeople } from '@/lib/data/reference'
import { isLocale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'
import { sitePaths } from '@/lib/site/paths'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: (await getTranslator(locale, 'lists'))('spokespeopleTitle') }
}

/**
 * Everyone who speaks in a briefing or statement published in this language, with their role: a
 * reader who shortens a spokesperson's address (/zh/spokespeople/mao-ning → /zh/spokespeople) finds
 * them all instead of a 404. A list page: cached in its canonical form and emptied by every public
 * change, like the topics index.
 */
export default async function SpokespeoplePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [t, people] = await Promise.all([getTranslator(locale, 'lists'), listSpokespeople({ locale })])
  return (
    <>
      <h1>{t('spokespeopleTitle')}</h1>
      {people.length === 0 ? (
        <p>{t('noResults')}</p>
      ) : (
        <ul className="doc-list">
          {people.map((person) => (
            <li key={person.id}>
              <a href={sitePaths.spokesperson(locale, person.slug)}>{person.name}</a>
              {person.role ? <p className="meta">{person.role}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
