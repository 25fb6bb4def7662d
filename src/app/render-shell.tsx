import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderToString } from 'react-dom/server'
import { App } from './app'
import type { Messages } from '../i18n/catalogs'
import { locales, type Locale } from '../i18n/locale'
import { createTranslate } from '../i18n/translate'
// Both catalogs statically: this runs once, at build time, in Node.
import en from '../i18n/messages/en.json?icu'
import es from '../i18n/messages/es.json?icu'

const catalogs: Record<Locale, Messages> = { en, es }

export interface Shell {
  /** The loading state's markup, for #root. */
  html: string
  /** The tab's title in that language. */
  title: string
}

/**
 * The loading state as HTML in every language, rendered at build time into index.html by the same
 * components the browser hydrates: header, the four landmarks, their skeletons and aria-busy.
 */
export function renderShells(): Record<Locale, Shell> {
  const shells = {} as Record<Locale, Shell>
  for (const locale of locales) {
    const messages = catalogs[locale]
    const queryClient = new QueryClient()
    try {
      shells[locale] = {
        html: renderToString(
          <QueryClientProvider client={queryClient}>
            <App locale={locale} messages={messages} />
          </QueryClientProvider>,
        ),
        title: createTranslate(messages)('title'),
      }
    } finally {
      queryClient.clear() // the queries' garbage-collection timers would keep the build process alive
    }
  }
  return shells
}
