// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { daysInMonth, instantOf, isRealDate, normaliseTimestamp } from '../../src/api/calendar'

describe('real dates', () => {
  test.each(['2024-02-29', '2023-04-30', '1970-01-01', '9999-12-31'])('%s exists', (text) => {
    expect(isRealDate(text)).toBe(true)
  })

  test.each([
    '2023-02-29',
    '2023-02-31',
    '2023-04-31',
    '2023-13-01',
    '2023-00-10',
    '2023-01-00',
    '1900-02-29',
    '1969-12-31',
    '2023-4-12',
    '2023-04-12T00:00:00Z',
    ' 2023-04-12',
    '２０２３-04-12',
  ])('%s is refused', (text) => {
    expect(isRealDate(text)).toBe(false)
  })

  test('February has 29 days in leap years only, by the Gregorian rule', () => {
    expect([1900, 2000, 2023, 2024].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 28, 29])
  })
})

describe('timestamps', () => {
  test.each([
    ['2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z'],
    ['2024-01-01T00:00:00+05', '2023-12-31T19:00:00.000Z'],
    ['2024-01-01T00:00:00+05:30', '2023-12-31T18:30:00.000Z'],
    ['2024-01-01T00:00:00 +05:30', '2023-12-31T18:30:00.000Z'],
    ['2024-01-01T00:00:00+0530', '2023-12-31T18:30:00.000Z'],
    ['2024-01-01T00:00:00-03:00', '2024-01-01T03:00:00.000Z'],
    ['2024-01-01t10:15z', '2024-01-01T10:15:00.000Z'],
    ['2024-01-01 10:15:30.123456Z', '2024-01-01T10:15:30.123Z'],
    ['2024-01-01T10:15:30,5Z', '2024-01-01T10:15:30.500Z'],
    ['2024-02-29T23:59:59.999Z', '2024-02-29T23:59:59.999Z'],
  ])('%s is the moment %s', (text, iso) => {
    expect(normaliseTimestamp(text)).toBe(iso)
    expect(Date.parse(normaliseTimestamp(text)!)).toBe(Date.parse(iso))
  })

  test.each([
    '2023-02-31T10:00:00Z', // rolls over to 3 March in Date.parse
    '2023-02-29T10:00:00Z',
    '2024-01-01T24:00:00Z',
    '2024-01-01T23:60:00Z',
    '2024-01-01T23:59:60Z', // a leap second: Date can't hold it
    '2024-01-01T00:00:00+24:00',
    '2024-01-01T00:00:00+05:60',
    '2024-01-01T00:00:00', // no offset: local time would differ from shopper to shopper
    '2024-01-01',
    '2024-01-01T00:00:00+5',
    '2024-01-01T00:00:00.Z',
    '1969-12-31T23:59:59Z',
    '1970-01-01T00:30:00+01:00', // before the epoch once in UTC
    '9999-12-31T23:00:00-01:00', // after year 9999 once in UTC
    '+002024-01-01T00:00:00Z',
    'yesterday',
    '',
  ])('%s names no moment the dashboard shows', (text) => {
    expect(instantOf(text)).toBeUndefined()
    expect(normaliseTimestamp(text)).toBeUndefined()
  })
})
