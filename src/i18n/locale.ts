// Which language the dashboard speaks. Nothing here runs during render, so a server can render any
// locale by passing it in; only the boot code and the switcher read or write the browser's state.

export const locales = ['en', 'es'] as const
export type Locale = (typeof locales)[number]

/** Each language's formats; prices are in euros for every shopper, hence European regions. */
export const intlLocales: Record<Locale, string> = { en: 'en-IE', es: 'es-ES' }

/** Language names in their own language, as a switcher shows them; never translated. */
export const localeNames: Record<Locale, string> = { en: 'English', es: 'Español' }

export const LOCALE_STORAGE_KEY = 'ecomarket:locale'

/**
 * A stored choice wins; otherwise the first preferred language we speak (es-* is Spanish); else the
 * first supported. Self-contained on purpose: the build inlines its source into the page's HTML, so
 * the prerendered shell shows the right language before any module has loaded.
 */
export function pickLanguage(
  stored: string | null | undefined,
  preferred: readonly string[],
  supported: readonly string[],
): string {
  if (stored && supported.includes(stored)) return stored
  for (const tag of preferred) {
    const language = tag.toLowerCase().split('-')[0]
    if (supported.includes(language)) return language
  }
  return supported[0]
}

export const pickLocale = (stored: string | null | undefined, preferred: readonly string[]): Locale =>
  pickLanguage(stored, preferred, locales) as Locale

/** Synchronous, so `<html lang>` can be set before anything is painted. */
export function detectLocale(): Locale {
  let stored: string | null = null
  try {
    stored = localStorage.getItem(LOCALE_STORAGE_KEY)
  } catch {
    // Storage can be blocked (privacy settings); the browser's languages still decide.
  }
  return pickLocale(stored, navigator.languages?.length ? navigator.languages : [navigator.language])
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // The choice then lasts for this page only.
  }
}
