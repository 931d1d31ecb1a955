'use client'

import type { ReactNode } from 'react'

import { useTranslation } from '@payloadcms/ui'
import { registerLocale, setDefaultLocale } from 'react-datepicker'

/** react-datepicker's name for Payload's admin languages (Payload's own mapping). */
const pickerLocale = (language: string) => (language === 'zh' ? 'zhCN' : language === 'en' ? 'enUS' : language)

let registered: string | null = null

/**
 * Date pickers in the admin language. Payload registers the admin language's date-fns locale with
 * react-datepicker in an effect of each picker, after that picker has rendered its value with the
 * previous default (English), and a picker that does not render again (a translator's read-only
 * date) kept "Sep 3, 2024" in the Chinese or Indonesian admin. Registered here, above every field,
 * during the render that delivers the locale, so the pickers below already format with it.
 */
export function DatePickerLocale({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  if (i18n.dateFNS && registered !== i18n.language) {
    const key = pickerLocale(i18n.language)
    registerLocale(key, i18n.dateFNS)
    setDefaultLocale(key)
    registered = i18n.language
  }
  return <>{children}</>
}
