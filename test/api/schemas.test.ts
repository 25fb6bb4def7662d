// @vitest-environment node
import * as v from 'valibot'
import { describe, expect, test } from 'vitest'
import * as fixtures from '../../mocks/fixtures'
import { categoryList, limits, notificationList, productList, profileSchema } from '../../src/api/schemas'

// What leaves an item out (DESIGN.md): a wrong type, a missing required field, a blank name or a
// lone surrogate, a number or date outside what the layout and the calendar allow, a value outside
// its enum, an id already seen. Nothing else does: any other text is shown, made safe. Only a body
// of the wrong shape fails as a whole.

const accepts = (schema: v.GenericSchema, value: unknown) => v.safeParse(schema, value).success
// JSON.parse, as getJson reads bodies: `1e999` arrives as Infinity.
const fromJson = (text: string): unknown => JSON.parse(text)
const graphemes = (text: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].length

const product = fixtures.products[0]
const sibling = fixtures.products[1]
const category = fixtures.categories[0]
const notification = fixtures.notifications(Date.parse('2026-11-28T12:00:00Z'))[0]

/** A product list of one changed product and a valid sibling after it, as the page reads it. */
const withProduct = (change: Record<string, unknown>) => v.parse(productList, [{ ...product, ...change }, sibling])
const withoutField = (item: object, field: string) =>
  Object.fromEntries(Object.entries(item).filter(([key]) => key !== field))

describe('the fixtures and the extreme data pass whole', () => {
  test.each([
    ['products', productList, fixtures.products, fixtures.extreme.products()],
    ['categories', categoryList, fixtures.categories, fixtures.extreme.categories()],
    ['notifications', notificationList, fixtures.notifications(), fixtures.extreme.notifications()],
  ] as const)('%s', (_, schema, everyday, extreme) => {
    expect(v.parse(schema, everyday)).toEqual({ items: everyday, omitted: 0 })
    expect(v.parse(schema, extreme)).toMatchObject({ omitted: 0 })
  })

  test('the profile', () => {
    expect(v.parse(profileSchema, fixtures.profile)).toEqual({ item: fixtures.profile, omitted: 0 })
    expect(v.parse(profileSchema, fixtures.extreme.profile())).toMatchObject({ omitted: 0 })
  })

  test('the extreme data really is at the limits', () => {
    const [first] = fixtures.extreme.products()
    expect(first.name).toHaveLength(limits.nameLength)
    expect(first.name).not.toContain(' ')
    expect(first.priceCents).toBe(limits.priceCents)
    expect(fixtures.extreme.categories()).toHaveLength(limits.listLength)
  })
})

describe('an item is left out, and counted, for', () => {
  test.each([
    ['a price sent as text', { priceCents: '349' }],
    ['a name that is a number', { name: 42 }],
    ['eco labels that are not a list', { ecoLabels: 'organic' }],
    ['a null rating', { rating: null }],
  ])('a wrong type: %s', (_, change) => {
    expect(withProduct(change)).toEqual({ items: [sibling], omitted: 1 })
  })

  test.each([
    'id',
    'name',
    'priceCents',
    'unit',
    'categoryId',
    'category',
    'ecoLabels',
    'rating',
    'reviewCount',
    'emoji',
  ])('a missing required field: %s', (field) => {
    expect(v.parse(productList, [withoutField(product, field), sibling])).toEqual({
      items: [sibling],
      omitted: 1,
    })
  })

  test.each([
    ['empty', ''],
    ['spaces', '   '],
    ['a zero-width space', '\u200B'],
    ['controls and a tab', '\u0000\u0007\t'],
    ['a right-to-left override alone', '\u202E\u202C'],
  ])('a blank name: %s', (_, name) => {
    expect(withProduct({ name })).toEqual({ items: [sibling], omitted: 1 })
    expect(v.parse(categoryList, [{ ...category, name }])).toEqual({ items: [], omitted: 1 })
    expect(v.parse(notificationList, [{ ...notification, text: name }])).toEqual({ items: [], omitted: 1 })
  })

  test.each([
    ['half an emoji in a name', { name: 'Apples \uD83C' }],
    ['a lone low surrogate in a unit', { unit: '\uDC00 kg' }],
    ['a lone surrogate in an id', { id: 'p-\uD800' }],
    ['a lone surrogate in the emoji', { emoji: '\uD83C' }],
  ])('a lone surrogate: %s', (_, change) => {
    expect(withProduct(change)).toEqual({ items: [sibling], omitted: 1 })
  })

  test.each([
    ['priceCents', 1e308],
    ['priceCents', fromJson('1e999')],
    ['priceCents', limits.priceCents + 1],
    ['priceCents', -1],
    ['priceCents', 3.5],
    ['reviewCount', 1e308],
    ['reviewCount', -1],
    ['rating', 5.1],
    ['rating', Number.NaN],
    ['rating', fromJson('-1e999')],
  ])('a number outside what the layout allows: %s %j', (field, value) => {
    expect(withProduct({ [field]: value })).toEqual({ items: [sibling], omitted: 1 })
  })

  test.each([
    ['year 0001', '0001-01-01T00:00:00Z'],
    ['before 1970', '1969-12-31T23:59:59Z'],
    ['the 31st of February', '2023-02-31T10:00:00Z'],
    ['hour 25', '2024-01-01T25:00:00Z'],
    ['no time zone', '2024-01-01T00:00:00'],
    ['not a date', 'now'],
    ['past the longest timestamp', '2024-01-01T00:00:00Z'.padEnd(41, '0')],
  ])('a date outside the calendar: %s', (_, createdAt) => {
    const other = { ...notification, id: 'n-other' }
    expect(v.parse(notificationList, [{ ...notification, createdAt }, other])).toMatchObject({
      items: [{ id: 'n-other' }],
      omitted: 1,
    })
  })

  test.each([
    ['an eco label', productList, { ...product, ecoLabels: ['organic', 'vegan'] }],
    ['a notification type', notificationList, { ...notification, type: 'newsletter' }],
  ])('a value outside its enum: %s', (_, schema, item) => {
    expect(v.parse(schema, [item])).toEqual({ items: [], omitted: 1 })
  })

  test('an id already seen: the first item with it is kept', () => {
    const again = { ...sibling, id: product.id }
    expect(v.parse(productList, [product, again, sibling])).toEqual({ items: [product, sibling], omitted: 1 })
  })

  test('an id whose first item was left out is kept by the first valid one', () => {
    const broken = { ...sibling, id: product.id, priceCents: -1 }
    expect(v.parse(productList, [broken, product])).toEqual({ items: [product], omitted: 1 })
  })

  test('a list past its bound is cut to it; what was cut is counted', () => {
    const many = Array.from({ length: limits.listLength + 1 }, (_, i) => ({ ...product, id: `p${i}` }))
    const answer = v.parse(productList, many)
    expect(answer.items).toHaveLength(limits.listLength)
    expect(answer.items.at(-1)!.id).toBe(`p${limits.listLength - 1}`)
    expect(answer.omitted).toBe(1)
  })

  test('10,000 items: the first 200 valid ones are kept, the rest counted, items left out on the way included', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      i % 2 === 0 ? { ...category, id: `c${i}` } : { ...category, id: `c${i}`, productCount: -1 },
    )
    const answer = v.parse(categoryList, many)
    expect(answer.items).toHaveLength(limits.listLength)
    expect(answer.items.every((item, i) => item.id === `c${i * 2}`)).toBe(true)
    expect(answer.omitted).toBe(10_000 - limits.listLength)
  })

  test('every item left out: an empty list, and how many there were', () => {
    expect(v.parse(categoryList, [{ id: 7, title: 'Pantry' }, null, 'Bakery', []])).toEqual({
      items: [],
      omitted: 4,
    })
  })
})

describe('an item is kept, its texts made safe to show, for', () => {
  const shownName = (name: string) => withProduct({ name }).items[0]

  test.each([
    ['a right-to-left override', 'Apples \u202Egnp.exe\u202C fresh'],
    ['a zero-width joiner and space', 'Bee\u200Dswax\u200B wraps'],
    ['30 combining marks stacked on one letter', `Z${'\u0301'.repeat(30)}algo`],
    ['a family emoji first', '👨‍👩‍👧‍👦 family pack'],
    ['markup', '<img src=x onerror=alert(1)> Apples'],
    ['right-to-left script', 'تفاح عضوي'],
  ])('%s: shown as sent', (_, name) => {
    expect(withProduct({ name })).toEqual({ items: [{ ...product, name }, sibling], omitted: 0 })
  })

  test('control characters: stripped', () => {
    expect(shownName('Apples\u0000\u0007\u001B[31m\u009B').name).toBe('Apples[31m')
  })

  test('a 100 KB name: cut to the limit in graphemes, ending in "…"', () => {
    const { name } = shownName('W'.repeat(100 * 1024))
    expect(graphemes(name)).toBe(limits.nameLength)
    expect(name).toBe(`${'W'.repeat(limits.nameLength - 1)}…`)
  })

  test('a long name of emoji sequences: cut between graphemes, never inside one', () => {
    const family = '👨‍👩‍👧‍👦'
    const { name } = shownName(family.repeat(limits.nameLength + 5))
    expect(name).toBe(`${family.repeat(limits.nameLength - 1)}…`)
  })

  test('one letter under thousands of stacked marks: cut at a code point, so it stays small', () => {
    const { name } = shownName(`Z${'\u0301'.repeat(100_000)}`)
    expect(name.length).toBeLessThanOrEqual(limits.nameLength * 16)
    expect(name.endsWith('…')).toBe(true)
  })

  test.each([
    ['a name one past the limit', { name: 'n'.repeat(limits.nameLength + 1) }],
    ['a unit past its limit', { unit: 'u'.repeat(limits.labelLength + 1) }],
    ['emoji past their limit', { emoji: '🍎'.repeat(limits.emojiLength + 1) }],
    ['a 1,000-character id', { id: 'i'.repeat(1_000) }],
    ['a blank unit and category', { unit: ' ', category: '' }],
    ['an empty emoji', { emoji: '' }],
  ])('%s', (_, change) => {
    expect(withProduct(change).items).toHaveLength(2)
  })

  test('an eco label sent twice: shown once', () => {
    expect(withProduct({ ecoLabels: ['organic', 'organic', 'local'] }).items[0].ecoLabels).toEqual(['organic', 'local'])
  })

  test('a notification time with an offset Date cannot read: rewritten as the same moment in UTC', () => {
    const [shown] = v.parse(notificationList, [{ ...notification, createdAt: '2024-01-01T00:00:00 +05:30' }]).items
    expect(shown.createdAt).toBe('2023-12-31T18:30:00.000Z')
  })

  test('a notification text past its limit: cut', () => {
    const [shown] = v.parse(notificationList, [{ ...notification, text: 'n'.repeat(limits.messageLength + 1) }]).items
    expect(graphemes(shown.text)).toBe(limits.messageLength)
  })
})

describe('only a body of the wrong shape fails as a whole', () => {
  test.each([
    ['an object holding the list', { items: fixtures.products }],
    ['null', null],
    ['a string', '[]'],
    ['a number', 42],
    ['an empty object', {}],
  ])('a list endpoint: %s', (_, body) => {
    expect(accepts(productList, body)).toBe(false)
    expect(accepts(categoryList, body)).toBe(false)
    expect(accepts(notificationList, body)).toBe(false)
  })

  test.each([
    ['a list', [fixtures.profile]],
    ['null', null],
    ['no name', withoutField(fixtures.profile, 'name')],
    ['a name that is a number', { ...fixtures.profile, name: 42 }],
    ['a blank name', { ...fixtures.profile, name: '\t\n' }],
    ['a name with a lone surrogate', { ...fixtures.profile, name: 'Lucía \uD83C' }],
  ])('the profile: %s (the name is its one required field)', (_, body) => {
    expect(accepts(profileSchema, body)).toBe(false)
  })
})

describe('the profile: a wrong optional field is left out and counted', () => {
  test.each([
    ['tier', 'platinum'],
    ['ecoPoints', 2.5],
    ['ecoPoints', 1e308],
    ['co2SavedKg', fromJson('1e999')],
    ['co2SavedKg', limits.co2SavedKg + 0.5],
    ['memberSince', '0001-01-01'],
    ['memberSince', '2023-02-31'],
    ['memberSince', '1969-12-31'],
    ['memberSince', '2023-4-12'],
  ])('%s %j', (field, value) => {
    const { item, omitted } = v.parse(profileSchema, { ...fixtures.profile, [field]: value })
    expect(item).toEqual(withoutField(fixtures.profile, field))
    expect(omitted).toBe(1)
  })

  test('a missing one is left out too, and each one counts', () => {
    const sent = withoutField(withoutField(fixtures.profile, 'tier'), 'ecoPoints')
    expect(v.parse(profileSchema, { ...sent, memberSince: '0001-01-01' })).toEqual({
      item: { name: fixtures.profile.name, co2SavedKg: fixtures.profile.co2SavedKg },
      omitted: 3,
    })
  })

  test('a leap day and a 110-character name are kept', () => {
    const name = 'María '.repeat(19).slice(0, 110)
    expect(v.parse(profileSchema, { ...fixtures.profile, name, memberSince: '2024-02-29' })).toEqual({
      item: { ...fixtures.profile, name, memberSince: '2024-02-29' },
      omitted: 0,
    })
  })

  test('a 100 KB name is kept, cut', () => {
    const { item } = v.parse(profileSchema, fixtures.overlong.profile())
    expect(graphemes(item.name)).toBe(limits.nameLength)
  })

  test('unknown fields and prototype keys are neither kept nor counted', () => {
    const sent = fromJson(`{"__proto__":{"polluted":1},"padding":"x",${JSON.stringify(fixtures.profile).slice(1)}`)
    expect(v.parse(profileSchema, sent)).toEqual({ item: fixtures.profile, omitted: 0 })
    expect('polluted' in {}).toBe(false)
  })
})

describe("the mock API's partial and overlong data", () => {
  test.each([
    ['products', productList, fixtures.partial.products(), fixtures.products.length - 3, 3],
    ['categories', categoryList, fixtures.partial.categories(), fixtures.categories.length - 2, 2],
    ['notifications', notificationList, fixtures.partial.notifications(), 3, 2],
  ] as const)('partial %s: a few items left out, the rest kept', (_, schema, body, kept, omitted) => {
    const answer = v.parse(schema, body)
    expect(answer.items).toHaveLength(kept)
    expect(answer.omitted).toBe(omitted)
  })

  test('a partial profile leaves out two figures', () => {
    expect(v.parse(profileSchema, fixtures.partial.profile()).omitted).toBe(2)
  })

  test.each([
    ['products', productList, fixtures.overlong.products()],
    ['categories', categoryList, fixtures.overlong.categories()],
    ['notifications', notificationList, fixtures.overlong.notifications()],
  ] as const)('overlong %s: cut to the bound', (_, schema, body) => {
    expect(body.length).toBe(limits.listLength + fixtures.OVERLONG_EXTRA)
    const answer = v.parse(schema, body)
    expect(answer.items).toHaveLength(limits.listLength)
    expect(answer.omitted).toBe(fixtures.OVERLONG_EXTRA)
  })
})
