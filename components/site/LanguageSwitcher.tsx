'use client'

import { useEffect, useState } from 'react'

export type LanguageOption = {
  locale: string
  bcp47: string
  nativeName: string
  /** Null when the document is not published in this language. */
  href: string | null
  isCurrent: boolean
}

type Props = { label: string; notYetAvailableLabel: string; options: LanguageOption[] }

/**
 * The site's one language switcher (in the header): the same page in each language, marking the
 * languages a document is not yet published in. Browsers never send the `#q3` fragment to the
 * server, so the page cannot know it: this small client component appends the current fragment to
 * every link, keeping a reader on the same question across languages.
 */
export function LanguageSwitcher({ label, notYetAvailableLabel, options }: Props) {
  const [hash, setHash] = useState('')
  useEffect(() => {
    const update = () => setHash(window.location.hash)
    update()
    window.addEventListener('hashchange', update)
    return () => window.removeEventListener('hashchange', update)
  }, [])
  return (
    <nav className="languages" aria-label={label}>
      <ul>
        {options.map((option) => (
          <li key={option.locale} lang={option.bcp47}>
            {option.isCurrent ? (
              <span aria-current="page" data-locale={option.locale}>
                {option.nativeName}
              </span>
            ) : option.href ? (
              <a href={`${option.href}${hash}`} hrefLang={option.bcp47} data-locale={option.locale}>
                {option.nativeName}
              </a>
            ) : (
              <span className="unavailable" data-locale={option.locale}>
                {option.nativeName} <span className="meta">({notYetAvailableLabel})</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
