import { detectLocale } from '../../i18n/locale'

/**
 * Sets `<html lang>` before any section exists (the same choice src/app/main.tsx makes) and
 * preloads that language's catalog, so the shell swap and the app both start in the right language.
 */
export function chooseLanguage(catalogs: Record<string, string>): void {
  const locale = detectLocale()
  document.documentElement.lang = locale
  if (catalogs[locale]) preloadModule(catalogs[locale])
}

export function preloadModule(href: string): void {
  const link = document.createElement('link')
  link.rel = 'modulepreload'
  link.crossOrigin = ''
  link.href = href
  document.head.append(link)
}
