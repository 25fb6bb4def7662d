// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { limits } from '../../src/api/schemas'
import { createFormatters, UNKNOWN_VALUE } from '../../src/i18n/format'
import { intlLocales, locales } from '../../src/i18n/locale'
import { propertyOptions, realDateText, timestampLike, timestampText } from '../arbitraries'

const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, -1e308, Number.MIN_VALUE),
)
// Each language's reading of a month and year, and of a relative time.
const monthYear = { en: /^[A-Z][a-z]{2,3} \d{4}$/, es: /^[a-z]{3,4}\.? \d{4}$/ }
const relativeTime = {
  en: /^(in |now$|today$|yesterday$|tomorrow$|last |next |this |[\d,]+ \w+ ago$)/,
  es: /^(dentro de |hace |ahora$|hoy$|ayer$|mañana$|anteayer$|pasado mañana$|el |la |este |esta )/,
}

describe.each(locales)('formatters in %s', (locale) => {
  const format = createFormatters(intlLocales[locale])
  const numberFormatters = {
    price: format.price,
    kilograms: format.kilograms,
    integer: format.integer,
    rating: format.rating,
    compactInteger: format.compactInteger,
    compactKilograms: format.compactKilograms,
  }

  test.each(Object.entries(numberFormatters))(
    '%s never throws, and what it cannot show reads "–"',
    (_, formatNumber) => {
      fc.assert(
        fc.property(anyNumber, (n) => {
          const text = formatNumber(n)
          expect(text.length).toBeGreaterThan(0)
          expect(text).not.toMatch(/∞|NaN/)
          if (!Number.isFinite(n)) expect(text).toBe(UNKNOWN_VALUE)
        }),
        { ...propertyOptions, numRuns: 200 },
      )
    },
  )

  test.each(Object.entries(numberFormatters))(
    '%s shows every value the schemas allow as a plain, unsigned number',
    (_, formatNumber) => {
      fc.assert(
        fc.property(fc.oneof(fc.constant(-0), fc.double({ min: 0, max: limits.priceCents, noNaN: true })), (n) => {
          expect(formatNumber(n)).toMatch(/^[€\d]/)
          expect(formatNumber(n)).not.toMatch(/-|–/)
        }),
        { ...propertyOptions, numRuns: 200 },
      )
    },
  )

  test('dates never throw on any text, and show "–" for what is no date', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), timestampLike, fc.constantFrom('', '2023-02-31', '+275761-01-01T00:00:00Z')),
        fc.oneof(fc.double(), fc.integer()),
        (text, now) => {
          expect(format.monthYear(text)).toBeTruthy()
          expect(format.relativeTime(text, now)).toBeTruthy()
          if (Number.isNaN(new Date(text).getTime())) expect(format.monthYear(text)).toBe(UNKNOWN_VALUE)
        },
      ),
      { ...propertyOptions, numRuns: 300 },
    )
  })

  test('every date and timestamp the schemas accept reads as words and numbers', () => {
    const now = Date.parse('2026-11-28T12:00:00Z')
    fc.assert(
      fc.property(realDateText, timestampText, (date, { expected }) => {
        expect(format.monthYear(date)).toMatch(monthYear[locale])
        expect(format.relativeTime(new Date(expected).toISOString(), now)).toMatch(relativeTime[locale])
      }),
      { ...propertyOptions, numRuns: 300 },
    )
  })

  test('a name of any text gives an initial without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        expect(typeof format.initial(name)).toBe('string')
      }),
      { ...propertyOptions, numRuns: 200 },
    )
  })
})

// ICU versions differ on which space goes before "€", "M" or "kg"; a reader sees a space either way.
const plain = (text: string) => text.replace(/\s/gu, ' ')

test('examples in English', () => {
  const english = createFormatters(intlLocales.en)
  expect(english.price(-0)).toBe('€0.00')
  expect(english.price(Number.POSITIVE_INFINITY)).toBe(UNKNOWN_VALUE)
  expect(english.kilograms(Number.NaN)).toBe(UNKNOWN_VALUE)
  expect(english.compactInteger(10_000_000)).toBe('10M')
  expect(english.compactKilograms(1_000_000)).toBe('1M kg')
  expect(english.monthYear('not a date')).toBe(UNKNOWN_VALUE)
  // Date can't read this offset: the schema rewrites it first.
  expect(english.relativeTime('2024-01-01T00:00:00+05', Date.parse('2024-01-01T00:00:00Z'))).toBe(UNKNOWN_VALUE)
})

test('examples in Spanish', () => {
  const spanish = createFormatters(intlLocales.es)
  expect(plain(spanish.price(-0))).toBe('0,00 €')
  expect(spanish.price(Number.NEGATIVE_INFINITY)).toBe(UNKNOWN_VALUE)
  expect(plain(spanish.compactInteger(10_000_000))).toBe('10 M')
  expect(spanish.monthYear('2023-02-31T25:00:00Z')).toBe(UNKNOWN_VALUE)
})
