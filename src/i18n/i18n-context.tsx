import { createContext, use, useMemo, type ReactNode } from 'react'
import { createFormatters, type Formatters } from './format'
import { withFormatMemo, type FormatMemo } from './format-memo'
import type { Messages } from './catalogs'
import { intlLocales, type Locale } from './locale'
import { createTranslate, type Translate } from './translate'

export interface I18n {
  locale: Locale
  t: Translate
  /** Numbers, prices, dates and relative times in this locale's formats. */
  format: Formatters
}

const I18nContext = createContext<I18n | null>(null)

/**
 * Takes the locale and its catalog as props and reads no browser state, so a server can render it.
 * `formatted` carries Intl's output from a server render (src/i18n/format-memo.ts).
 */
export function I18nProvider({
  locale,
  messages,
  formatted,
  children,
}: {
  locale: Locale
  messages: Messages
  formatted?: FormatMemo
  children: ReactNode
}) {
  const value = useMemo(() => {
    const format = createFormatters(intlLocales[locale])
    return {
      locale,
      t: createTranslate(messages),
      format: formatted ? withFormatMemo(locale, format, formatted) : format,
    }
  }, [locale, messages, formatted])
  return <I18nContext value={value}>{children}</I18nContext>
}

export function useI18n(): I18n {
  const i18n = use(I18nContext)
  if (!i18n) throw new Error('useI18n outside I18nProvider')
  return i18n
}
