'use client'

import type { ReactNode } from 'react'

import { createContext, useContext } from 'react'

import type { LanguageOption } from './LanguageSwitcher'

/**
 * What a document page's `not-found.tsx` needs to be honest: which languages the document *is*
 * published in, and whether this language was taken down. Next.js renders `not-found.tsx` without
 * route params, so the document's layout (which has them) provides this through context.
 */
export type DocumentLanguagesValue = {
  title: string
  body: string
  options: LanguageOption[]
  isGone: boolean
}

const DocumentLanguagesContext = createContext<DocumentLanguagesValue | null>(null)

export function DocumentLanguagesProvider({ value, children }: { value: DocumentLanguagesValue; children: ReactNode }) {
  return <DocumentLanguagesContext.Provider value={value}>{children}</DocumentLanguagesContext.Provider>
}

/** The honest 404 (or "taken down") body: links only to the languages that are published. */
export function DocumentNotInThisLanguage() {
  const value = useContext(DocumentLanguagesContext)
  if (!value) return null
  const published = value.options.filter((option) => option.href && !option.isCurrent)
  return (
    <section className="not-translated" aria-labelledby="not-translated-title">
      <h1 id="not-translated-title">{value.title}</h1>
      <p>{value.body}</p>
      {published.length > 0 ? (
        <ul className="available-languages">
          {published.map((option) => (
            <li key={option.locale} lang={option.bcp47}>
              <a href={option.href ?? undefined} hrefLang={option.bcp47} data-locale={option.locale}>
                {option.nativeName}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
