import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { BriefingList, DocumentList } from '@/components/site/DocLists'
import { PageNotFound, unavailableMetadata } from '@/components/site/StatusPages'
import { listBriefings } from '@/lib/data/briefings'
import { listDocuments } from '@/lib/data/documents'
import { getPreview } from '@/lib/data/preview'
import { getPersonBySlug } from '@/lib/data/reference'
import { isLocale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/server'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const person = await getPersonBySlug({ locale, slug })
  return person ? { title: person.name } : unavailableMetadata(locale)
}

export default async function SpokespersonPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const person = await getPersonBySlug({ locale, slug })
  if (!person) return <PageNotFound locale={locale} />
  const preview = await getPreview()
  const [t, briefings, statements] = await Promise.all([
    getTranslator(locale, 'lists'),
    listBriefings({ locale, spokespersonId: person.id, limit: 100, preview }),
    listDocuments({ collection: 'statements', locale, spokespersonId: person.id, limit: 100, preview }),
  ])
  return (
    <>
      <h1>{person.name}</h1>
      {person.role ? <p className="meta">{person.role}</p> : null}
      <section aria-labelledby="person-briefings">
        <h2 id="person-briefings">{t('spokesperson.briefings')}</h2>
        {briefings.docs.length === 0 ? <p>{t('noResults')}</p> : <BriefingList locale={locale} briefings={briefings.docs} />}
      </section>
      {statements.docs.length > 0 ? (
        <section aria-labelledby="person-statements">
          <h2 id="person-statements">{t('spokesperson.statements')}</h2>
          <DocumentList locale={locale} collection="statements" docs={statements.docs} />
        </section>
      ) : null}
    </>
  )
}
