import { afterEach, describe, expect, test, vi } from 'vitest'
import { detectLocale, LOCALE_STORAGE_KEY, pickLocale } from '../../src/i18n/locale'
import { rememberLocale } from '../../src/i18n/switch-language'

describe('picking the language', () => {
  test.each([
    [null, ['es-ES', 'en'], 'es'],
    [null, ['es-MX'], 'es'],
    [null, ['ES'], 'es'],
    [null, ['en-US', 'es'], 'en'],
    [null, ['fr-FR', 'es-ES'], 'es'], // the first preferred language we speak
    [null, ['fr-FR', 'de'], 'en'],
    [null, [], 'en'],
    ['en', ['es-ES'], 'en'], // a choice the shopper made wins
    ['es', ['en-GB'], 'es'],
    ['pt', ['es-ES'], 'es'], // a stored value we don't speak is ignored
  ])('stored %j and browser %j give %s', (stored, languages, expected) => {
    expect(pickLocale(stored, languages)).toBe(expected)
  })
})

describe('in the browser', () => {
  afterEach(() => localStorage.clear())

  test('the remembered choice is read back; blocked storage falls back to the browser languages', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['es-AR', 'en'])
    expect(detectLocale()).toBe('es')
    rememberLocale('en')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en')
    expect(detectLocale()).toBe('en')
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    expect(detectLocale()).toBe('es')
  })
})
