import { loadMessages, type Messages } from './catalogs'
import { applyDocumentLocale } from './document-locale'
import { LOCALE_COOKIE, LOCALE_STORAGE_KEY, type Locale } from './locale'

// What switching language does, loaded when the shopper switches, not with the first render.

/** Keeps the shopper's choice for later visits: in storage for the app, in a cookie for the server's render. */
export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // The choice then lasts for this page only.
  }
  // A year, site-wide; nothing secret in it, so scripts may read it.
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`
}

/**
 * Switches the page to a language: its catalog, the choice remembered, `<html lang>` and the
 * title. Undefined if the catalog couldn't be downloaded: the page stays in its language.
 */
export async function switchTo(locale: Locale): Promise<{ locale: Locale; messages: Messages } | undefined> {
  const messages = await loadMessages(locale).catch(() => undefined)
  if (!messages) return undefined
  rememberLocale(locale)
  applyDocumentLocale(locale, messages)
  return { locale, messages }
}
