import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { limits } from '../../src/api/schemas'
import {
  formatCompactInteger,
  formatCompactKilograms,
  formatInteger,
  formatKilograms,
  formatMonthYear,
  formatPrice,
  formatRating,
  formatRelativeTime,
  UNKNOWN_VALUE,
} from '../../src/ui/format'
import { propertyOptions, realDateText, timestampLike, timestampText } from '../arbitraries'

const numberFormatters = { formatPrice, formatKilograms, formatInteger, formatRating, formatCompactInteger, formatCompactKilograms }
const anyNumber = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, -1e308, Number.MIN_VALUE))

describe('number formatters', () => {
  test.each(Object.entries(numberFormatters))('%s never throws, and what it cannot show reads "–"', (_, format) => {
    fc.assert(
      fc.property(anyNumber, (n) => {
        const text = format(n)
        expect(text.length).toBeGreaterThan(0)
        expect(text).not.toMatch(/∞|NaN/)
        if (!Number.isFinite(n)) expect(text).toBe(UNKNOWN_VALUE)
      }),
      { ...propertyOptions, numRuns: 200 },
    )
  })

  test.each(Object.entries(numberFormatters))('%s shows every value the schemas allow as a plain, unsigned number', (_, format) => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(-0), fc.double({ min: 0, max: limits.priceCents, noNaN: true })), (n) => {
        expect(format(n)).toMatch(/^[€\d]/)
        expect(format(n)).not.toMatch(/-|–/)
      }),
      { ...propertyOptions, numRuns: 200 },
    )
  })

  test('examples', () => {
    expect(formatPrice(-0)).toBe('€0.00')
    expect(formatPrice(Number.POSITIVE_INFINITY)).toBe(UNKNOWN_VALUE)
    expect(formatKilograms(Number.NaN)).toBe(UNKNOWN_VALUE)
    expect(formatCompactInteger(10_000_000)).toBe('10M')
    expect(formatCompactKilograms(1_000_000)).toBe('1M kg')
  })
})

describe('date formatters', () => {
  test('never throw on any text, and show "–" for what is no date', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), timestampLike, fc.constantFrom('', '2023-02-31', '+275761-01-01T00:00:00Z')), fc.oneof(fc.double(), fc.integer()), (text, now) => {
        expect(formatMonthYear(text)).toBeTruthy()
        expect(formatRelativeTime(text, now)).toBeTruthy()
        if (Number.isNaN(new Date(text).getTime())) expect(formatMonthYear(text)).toBe(UNKNOWN_VALUE)
      }),
      { ...propertyOptions, numRuns: 300 },
    )
  })

  test('every date and timestamp the schemas accept reads as words and numbers', () => {
    const now = Date.parse('2026-11-28T12:00:00Z')
    fc.assert(
      fc.property(realDateText, timestampText, (date, { expected }) => {
        expect(formatMonthYear(date)).toMatch(/^[A-Z][a-z]{2,3} \d{4}$/)
        expect(formatRelativeTime(new Date(expected).toISOString(), now)).toMatch(/^(in |now$|today$|yesterday$|tomorrow$|last |next |this |[\d,]+ \w+ ago$)/)
      }),
      { ...propertyOptions, numRuns: 300 },
    )
  })

  test('examples', () => {
    expect(formatMonthYear('not a date')).toBe(UNKNOWN_VALUE)
    expect(formatRelativeTime('2024-01-01T00:00:00+05', Date.parse('2024-01-01T00:00:00Z'))).toBe(UNKNOWN_VALUE) // Date can't read it: the schema rewrites it first
  })
})
