import type { Locale } from './locale'

/** A catalog compiled at build time (vite-plugin-icu-messages.ts): one function per message. */
export type Messages = Record<string, (values?: Record<string, unknown>) => string>

// One chunk per language, so a shopper downloads only the catalog of the language they see.
const loaders: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import('./messages/en.json?icu'),
  es: () => import('./messages/es.json?icu'),
}

export const loadMessages = async (locale: Locale): Promise<Messages> => (await loaders[locale]()).default
