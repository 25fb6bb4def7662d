// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { endpointNames } from '../../src/api/endpoints'
import english from '../../src/i18n/messages/en.json'
import { sectionNames } from '../contract'
import { catalogs } from '../render'

/** The arguments a compiled message reads (every branch of a plural or select is built eagerly). */
function argumentsOf(message: (values?: Record<string, unknown>) => string): string[] {
  const read = new Set<string>()
  message(new Proxy({}, { get: (_, key) => (read.add(String(key)), 1) }))
  return [...read].sort()
}

describe('the catalogs', () => {
  test('English and Spanish have the same messages, each reading the same arguments', () => {
    expect(Object.keys(catalogs.es).sort()).toEqual(Object.keys(catalogs.en).sort())
    expect(Object.keys(catalogs.en).sort()).toEqual(Object.keys(english).sort())
    for (const key of Object.keys(catalogs.en)) {
      expect(argumentsOf(catalogs.es[key]), key).toEqual(argumentsOf(catalogs.en[key]))
    }
  })

  test('section names are the contract, and every endpoint has its name and how a sentence refers to it', () => {
    for (const locale of ['en', 'es'] as const) {
      for (const name of endpointNames) {
        expect(catalogs[locale][name]()).toBe(sectionNames[locale][name])
        expect(catalogs[locale][`${name}.what`]()).not.toBe('')
      }
    }
  })

  test('plurals follow each language', () => {
    expect(catalogs.en.productCount({ count: 1 })).toBe('product')
    expect(catalogs.en.productCount({ count: 2 })).toBe('products')
    expect(catalogs.es.productCount({ count: 1 })).toBe('producto')
    expect(catalogs.es.productCount({ count: 0 })).toBe('productos')
    expect(catalogs.es.rating({ rating: '4,8', count: 1204, reviews: '1204' })).toBe(
      'Valoración de 4,8 sobre 5, con 1204 opiniones',
    )
    expect(catalogs.en.rating({ rating: '4.8', count: 1, reviews: '1' })).toBe('Rated 4.8 out of 5 from 1 review')
  })
})
