import type { ArchiveMonth } from '@/lib/data/briefings'
import type { Locale } from '@/lib/i18n/locales'

import { formatMonth } from '@/lib/i18n/format'
import { getTranslator } from '@/lib/i18n/server'
import { sitePaths } from '@/lib/site/paths'

const pad = (month: number) => String(month).padStart(2, '0')

/** Briefings by year, then month, newest first. */
export async function ArchiveMonths({ locale, months }: { locale: Locale; months: ArchiveMonth[] }) {
  const t = await getTranslator(locale, 'lists')
  const years = [...new Set(months.map((entry) => entry.year))]
  return (
    <nav aria-labelledby="archive-title" className="archive">
      <h2 id="archive-title">{t('archive.title')}</h2>
      {years.map((year) => (
        <section key={year} aria-label={String(year)}>
          <h3>
            <a href={sitePaths.briefingArchive(locale, String(year))}>{year}</a>
          </h3>
          <ul className="inline-list">
            {months
              .filter((entry) => entry.year === year)
              .map((entry) => (
                <li key={entry.month}>
                  <a href={sitePaths.briefingArchive(locale, `${year}-${pad(entry.month)}`)}>
                    {formatMonth(locale, year, entry.month)}
                  </a>{' '}
                  <span className="meta">({entry.count})</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </nav>
  )
}
