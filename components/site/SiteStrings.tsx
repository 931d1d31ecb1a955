'use client'

import type { ReactNode } from 'react'

import { createContext, useContext } from 'react'

/**
 * Next.js renders `not-found.tsx` without route params. The locale layout, which has them,
 * translates the generic 404 on the server and hands the strings down here.
 */
export type NotFoundStrings = { homeHref: string; title: string; body: string; home: string }

const NotFoundContext = createContext<NotFoundStrings | null>(null)

export function NotFoundStringsProvider({ value, children }: { value: NotFoundStrings; children: ReactNode }) {
  return <NotFoundContext.Provider value={value}>{children}</NotFoundContext.Provider>
}

export function LocalizedNotFound() {
  const strings = useContext(NotFoundContext)
  if (!strings) return null
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">{strings.title}</h1>
      <p>{strings.body}</p>
      <p>
        <a href={strings.homeHref}>{strings.home}</a>
      </p>
    </section>
  )
}
