import type { Messages } from './catalogs'
import type { Locale } from './locale'
import { createTranslate } from './translate'

/** `<html lang>` and the tab's title follow the language; called at boot and by the switcher. */
export function applyDocumentLocale(locale: Locale, messages: Messages): void {
  document.documentElement.lang = locale
  document.title = createTranslate(messages)('title')
}
