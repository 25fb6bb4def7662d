// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { createFormatters } from '../../src/i18n/format'
import { intlLocales } from '../../src/i18n/locale'

const english = createFormatters(intlLocales.en)
const spanish = createFormatters(intlLocales.es)
// ICU versions differ on which space goes before "€" or "kg"; a reader sees a space either way.
const plain = (text: string) => text.replace(/\s/gu, ' ')

describe('formatting in English', () => {
  test('prices are euros from cents', () => {
    expect(english.price(349)).toBe('€3.49')
    expect(english.price(120000)).toBe('€1,200.00')
  })

  test('quantities and dates', () => {
    expect(english.integer(2480)).toBe('2,480')
    expect(english.kilograms(38.64)).toBe('38.6 kg')
    expect(english.monthYear('2023-04-12')).toBe('Apr 2023')
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
    expect(english.relativeTime(new Date(now + offset).toISOString(), now)).toBe(text)
  })
})

describe('formatting in Spanish', () => {
  test('prices, counts, weights and dates follow Spanish conventions', () => {
    expect(plain(spanish.price(349))).toBe('3,49 €')
    expect(plain(spanish.price(120000))).toBe('1200,00 €')
    expect(spanish.integer(2480)).toBe('2480')
    expect(spanish.integer(12480)).toBe('12.480')
    expect(plain(spanish.kilograms(38.64))).toBe('38,6 kg')
    expect(spanish.monthYear('2023-04-12')).toBe('abr 2023')
  })

  test.each([
    [-4 * 60_000, 'hace 4 minutos'],
    [-26 * 3_600_000, 'ayer'],
    [-9 * 86_400_000, 'la semana pasada'],
    [2 * 3_600_000, 'dentro de 2 horas'],
  ])('%i ms from now reads "%s"', (offset, text) => {
    const now = Date.parse('2026-11-28T12:00:00Z')
    expect(spanish.relativeTime(new Date(now + offset).toISOString(), now)).toBe(text)
  })
})

describe('initials', () => {
  test.each([
    ['Lucía Fernández', 'L'],
    ['ángel', 'Á'],
    ['👩🏽‍🌾 Marta', '👩🏽‍🌾'],
    ['🇪🇸 Pablo', '🇪🇸'],
    ['  e\u0301mile', 'É'],
    ['', ''],
  ])('%j starts with %j, a whole grapheme', (name, initial) => {
    expect(english.initial(name).normalize()).toBe(initial.normalize())
  })
})
