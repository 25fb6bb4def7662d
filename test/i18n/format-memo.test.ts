import { expect, test } from 'vitest'
import { createFormatters } from '../../src/i18n/format'
import { withFormatMemo, type FormatMemo } from '../../src/i18n/format-memo'

// Intl's output travels from the server's render to the browser's hydration (src/i18n/format-memo.ts).

test('the server records what it formatted; the browser answers the same calls from the record', () => {
  const server: FormatMemo = { strings: new Map(), record: true }
  const onServer = withFormatMemo('es', createFormatters('es-ES'), server)
  const price = onServer.price(349)
  const ago = onServer.relativeTime('2026-12-03T10:00:00Z', Date.parse('2026-12-03T10:04:00Z'))

  // A browser whose Intl would say something else still draws the server's words for those calls.
  const otherIntl = { ...createFormatters('es-ES'), price: () => 'other', relativeTime: () => 'other' }
  const inBrowser = withFormatMemo('es', otherIntl, { strings: new Map(server.strings), record: false })
  expect(inBrowser.price(349)).toBe(price)
  expect(inBrowser.relativeTime('2026-12-03T10:00:00Z', Date.parse('2026-12-03T10:04:00Z'))).toBe(ago)
  // A call the server never made is the browser's own, and nothing new is written down.
  expect(inBrowser.price(100)).toBe('other')
  expect(server.strings.size).toBe(2)
})

test('another language never reads the record of the first', () => {
  const memo: FormatMemo = { strings: new Map(), record: true }
  withFormatMemo('es', createFormatters('es-ES'), memo).price(349)
  expect(withFormatMemo('en', createFormatters('en-IE'), { ...memo, record: false }).price(349)).toBe('€3.49')
})
