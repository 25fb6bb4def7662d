import type { Messages } from './catalogs'
import type english from './messages/en.json'

/** Every message id, from the English catalog; a test checks the Spanish one has the same ids. */
export type MessageKey = keyof typeof english

export type MessageValues = Record<string, string | number>
export type Translate = (key: MessageKey, values?: MessageValues) => string

/** Looks a message up; an id missing from the catalog shows as itself rather than as nothing. */
export const createTranslate =
  (messages: Messages): Translate =>
  (key, values) =>
    messages[key]?.(values) ?? key
