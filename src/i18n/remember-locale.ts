import { LOCALE_COOKIE, LOCALE_STORAGE_KEY, type Locale } from './locale'

// Only the language switcher writes the choice, so this loads when the shopper switches, not with
// the first render.

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
