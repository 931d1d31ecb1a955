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
 * Links to the same document in the other published languages. Browsers never send the `#q3`
 * fragment to the server, so the static page cannot know it: this small client component appends
 * the current fragment to every link, keeping a reader on the same question across languages.
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
    <nav className="doc-languages" aria-label={label}>
      <h2 className="doc-languages-label">{label}</h2>
      <ul>
        {options.map((option) => (
          <li key={option.locale} lang={option.bcp47}>
            {option.isCurrent ? (
              <span aria-current="page">{option.nativeName}</span>
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
