import { describe, expect, test } from 'vitest'
import { formatKilograms, formatMonthYear, formatPrice, formatRelativeTime } from '../src/ui/format'

describe('formatting', () => {
  test('prices are euros from cents', () => {
    expect(formatPrice(349)).toBe('€3.49')
    expect(formatPrice(120000)).toBe('€1,200.00')
  })

  test('quantities and dates', () => {
    expect(formatKilograms(38.64)).toBe('38.6 kg')
    expect(formatMonthYear('2023-04-12')).toBe('Apr 2023')
  })

  test.each([
    [-30 * 1000, '30 seconds ago'],
    [-4 * 60_000, '4 minutes ago'],
    [-95 * 60_000, '2 hours ago'],
    [-26 * 3_600_000, 'yesterday'],
    [-3 * 86_400_000, '3 days ago'],
    [-9 * 86_400_000, 'last week'],
    [-400 * 86_400_000, 'last year'],
    [2 * 3_600_000, 'in 2 hours'],
  ])('%i ms from now reads "%s"', (offset, text) => {
    const now = Date.parse('2026-11-28T12:00:00Z')
    expect(formatRelativeTime(new Date(now + offset).toISOString(), now)).toBe(text)
  })
})
