// Which language the dashboard speaks. Nothing here runs during render, so a server can render any
// locale by passing it in; only the boot code and the switcher read or write the browser's state.

export const locales = ['en', 'es'] as const
export type Locale = (typeof locales)[number]

/** Each language's formats; prices are in euros for every shopper, hence European regions. */
export const intlLocales: Record<Locale, string> = { en: 'en-IE', es: 'es-ES' }

/** Language names in their own language, as a switcher shows them; never translated. */
export const localeNames: Record<Locale, string> = { en: 'English', es: 'Español' }

export const LOCALE_STORAGE_KEY = 'ecomarket:locale'

/** The same choice as a cookie, so the dashboard's server renders the streamed page in it. */
export const LOCALE_COOKIE = 'ecomarket-locale'

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

export const isLocale = (value: unknown): value is Locale => locales.some((locale) => locale === value)

/** The shopper's own choice, made with the switcher on an earlier visit; null if none (or storage is blocked). */
export function storedLocale(): Locale | null {
  try {
    const stored = localStorage.getItem(LOCALE_STORAGE_KEY)
    return isLocale(stored) ? stored : null
  } catch {
    return null // storage can be blocked (privacy settings); the browser's languages still decide
  }
}

/** Synchronous, so `<html lang>` can be set before anything is painted. */
export const detectLocale = (): Locale =>
  storedLocale() ?? pickLocale(null, navigator.languages?.length ? navigator.languages : [navigator.language])
