import type { PayloadRequest } from 'payload'

import { getRequestLanguage } from 'payload'
import { parseCookies } from 'payload/shared'

import { newsroomTimeZone } from '@/lib/time/newsroomTime'

import { formatAdminTime } from './adminFormat'
import { adminTranslations, ADMIN_NAMESPACE, type AdminKey } from './adminStrings'
import { isLocale, type Locale } from './locales'

/**
 * A server refusal said in whoever asked's language. Rules that refuse (the workflow table, save
 * hooks) return a key of `locales/{id,zh,en}/admin.json` and its parameters instead of an English
 * sentence; the answer is rendered in the language the request asks for (the admin's language
 * cookie, else the browser's Accept-Language), and in English for a client that names none. The
 * key also goes into the error body as `code`, so a client can tell refusals apart without
 * parsing the sentence.
 *
 * Parameters that name things the admin already translates are given as codes and said as names:
 * `language` / `source` (a locale), `state`, `from` (states, listed as alternatives), `action`.
 * `time` is an instant (ISO) and is said in the newsroom's zone, as the admin writes every time.
 */
export type SaidParams = {
  language?: Locale
  source?: Locale
  state?: string
  from?: readonly string[]
  action?: string
  fields?: string
  time?: string
  path?: string
}

export type Said = { key: AdminKey; params?: SaidParams }

const stringAt = (language: Locale, key: AdminKey): string => {
  const [, ...path] = key.split(':')
  const value = path.reduce<unknown>((node, segment) => (node as Record<string, unknown> | undefined)?.[segment], adminTranslations[language][ADMIN_NAMESPACE])
  if (typeof value !== 'string') throw new Error(`Admin string ${key} is missing in locales/${language}/admin.json`)
  return value
}

/** "draft or rejected", "草稿或已退回", "draf atau ditolak". */
const alternatives = (language: Locale, values: readonly string[]) =>
  new Intl.ListFormat(language, { type: 'disjunction' }).format(values.map((state) => stringAt(language, `warta:states:${state}` as AdminKey)))

/** "2 Dec 2026, 13:37 (UTC+07:00)", not "2026-12-02T06:37:00.000Z" (a reviewer who just typed 13:36 has to read it). */
const sayTime = (language: Locale, time: string): string => {
  const instant = new Date(time)
  return Number.isNaN(instant.getTime()) ? time : formatAdminTime(instant, newsroomTimeZone(), language)
}

export const say = (language: Locale, said: Said): string => {
  const { params = {} } = said
  const names: Record<string, string> = {
    ...(params.fields !== undefined ? { fields: params.fields } : {}),
    ...(params.time !== undefined ? { time: sayTime(language, params.time) } : {}),
    ...(params.path !== undefined ? { path: params.path } : {}),
    ...(params.language ? { language: stringAt(language, `warta:languages:${params.language}`) } : {}),
    ...(params.source ? { source: stringAt(language, `warta:languages:${params.source}`) } : {}),
    ...(params.state ? { state: stringAt(language, `warta:states:${params.state}` as AdminKey) } : {}),
    ...(params.from ? { from: alternatives(language, params.from) } : {}),
    ...(params.action ? { action: stringAt(language, `warta:actions:${params.action}` as AdminKey) } : {}),
  }
  const text = stringAt(language, said.key).replace(/\{\{(\w+)\}\}/g, (whole, name: string) => names[name] ?? whole)
  // "bahasa Tionghoa" inside a sentence, "Bahasa Tionghoa" at its start.
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1)
}

export const sayInEnglish = (said: Said) => say('en', said)

/**
 * The language a request asks for: the admin's language cookie, else Accept-Language (Payload's
 * own rule), else English. Payload itself falls back to the newsroom's default language; an API
 * client that names no language gets English, the language of the API's documentation.
 */
export const requestLanguage = (req: Pick<PayloadRequest, 'headers' | 'payload'>): Locale => {
  const config = req.payload.config
  const language = getRequestLanguage({
    config: { ...config, i18n: { ...config.i18n, fallbackLanguage: 'en' } } as typeof config,
    cookies: parseCookies(req.headers),
    headers: req.headers,
  })
  return isLocale(language) ? language : 'en'
}

/** `code` for the error body: the key's last part ("sourceNotLive"). */
export const codeOf = (said: Said) => said.key.split(':').at(-1)!
