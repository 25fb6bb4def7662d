import type { Formatters } from './format'

/**
 * Intl's output, by call. The server records what its render of a streamed section formatted
 * (prices, dates, relative times, a name's first grapheme), the block carries it, and the browser
 * reads it back first: Node's ICU and the browser's can't disagree about text React hydrates.
 */
export interface FormatMemo {
  strings: Map<string, string>
  /** True on the server: every call is written down. False in the browser: only read. */
  record: boolean
}

type Formatter = (...args: never[]) => string | undefined

const keyOf = (locale: string, name: string, args: readonly unknown[]) => [locale, name, ...args.map(String)].join('|')

/** The same formatters, answering from the memo first (and, when recording, filling it). */
export function withFormatMemo(locale: string, formatters: Formatters, memo: FormatMemo): Formatters {
  const wrapped = {} as Record<string, Formatter>
  for (const [name, format] of Object.entries(formatters) as [string, Formatter][]) {
    wrapped[name] = (...args) => {
      const key = keyOf(locale, name, args)
      const known = memo.strings.get(key)
      if (known !== undefined) return known
      const text = format(...args)
      if (memo.record && text !== undefined) memo.strings.set(key, text)
      return text
    }
  }
  return wrapped as unknown as Formatters
}
