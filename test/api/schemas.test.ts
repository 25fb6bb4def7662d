// @vitest-environment node
import * as v from 'valibot'
import { describe, expect, test } from 'vitest'
import * as fixtures from '../../mocks/fixtures'
import {
  categoryListSchema,
  limits,
  notificationListSchema,
  productListSchema,
  profileSchema,
} from '../../src/api/schemas'

const accepts = (schema: v.GenericSchema, value: unknown) => v.safeParse(schema, value).success
// JSON.parse, as getJson reads bodies: `1e999` arrives as Infinity.
const fromJson = (text: string): unknown => JSON.parse(text)

const product = fixtures.products[0]
const category = fixtures.categories[0]
const notification = fixtures.notifications(Date.parse('2026-11-28T12:00:00Z'))[0]

describe('the fixtures and the extreme data pass their schemas', () => {
  test.each([
    ['products', productListSchema, fixtures.products, fixtures.extreme.products()],
    ['categories', categoryListSchema, fixtures.categories, fixtures.extreme.categories()],
    ['profile', profileSchema, fixtures.profile, fixtures.extreme.profile()],
    ['notifications', notificationListSchema, fixtures.notifications(), fixtures.extreme.notifications()],
  ] as const)('%s', (_, schema, everyday, extreme) => {
    expect(accepts(schema, everyday)).toBe(true)
    expect(v.safeParse(schema, extreme).issues).toBeUndefined()
  })

  test('the extreme data really is at the limits', () => {
    const [first] = fixtures.extreme.products()
    expect(first.name).toHaveLength(limits.nameLength)
    expect(first.name).not.toContain(' ')
    expect(first.priceCents).toBe(limits.priceCents)
    expect(fixtures.extreme.categories()).toHaveLength(limits.listLength)
  })
})

describe('products', () => {
  const withProduct = (change: Record<string, unknown>) => [{ ...product, ...change }]

  test.each([
    ['priceCents', 1e308],
    ['priceCents', fromJson('1e999')],
    ['priceCents', limits.priceCents + 1],
    ['priceCents', -1],
    ['priceCents', 3.5],
    ['reviewCount', 1e308],
    ['rating', 5.1],
    ['rating', Number.NaN],
    ['rating', fromJson('-1e999')],
    ['name', ''],
    ['name', '   '],
    ['name', 'x'.repeat(limits.nameLength + 1)],
    ['name', 'a'.repeat(100 * 1024)],
    ['name', 'Apples\u0000'],
    ['name', 'Apples \uD83C'], // half an emoji
    ['unit', 'u'.repeat(limits.labelLength + 1)],
    ['emoji', '🍎'.repeat(limits.emojiLength)],
    ['ecoLabels', ['organic', 'organic']],
    ['ecoLabels', ['organic', 'vegan']],
    ['id', ''],
    ['id', 'i'.repeat(limits.idLength + 1)],
  ])('%s: %j is refused', (field, value) => {
    expect(accepts(productListSchema, withProduct({ [field]: value }))).toBe(false)
  })

  test('names up to the limit are accepted, emoji and all', () => {
    expect(accepts(productListSchema, withProduct({ name: 'é'.repeat(limits.nameLength) }))).toBe(true)
    expect(accepts(productListSchema, withProduct({ name: 'Äpfel 🍎 りんご' }))).toBe(true)
  })

  test('a list holds distinct ids and at most the list limit', () => {
    expect(accepts(productListSchema, [product, { ...product }])).toBe(false)
    const many = Array.from({ length: limits.listLength + 1 }, (_, i) => ({ ...product, id: `p${i}` }))
    expect(accepts(productListSchema, many)).toBe(false)
    expect(accepts(productListSchema, many.slice(1))).toBe(true)
  })
})

test.each([
  ['productCount', 1e308],
  ['productCount', -3],
  ['name', 'c'.repeat(limits.nameLength + 1)],
])('a category with %s %j is refused', (field, value) => {
  expect(accepts(categoryListSchema, [{ ...category, [field]: value }])).toBe(false)
})

describe('profile', () => {
  test.each(['2023-02-31', '2023-13-01', 'yesterday', '', '2023-4-12', '1969-12-31'])(
    'memberSince "%s" is refused',
    (memberSince) => {
      expect(accepts(profileSchema, { ...fixtures.profile, memberSince })).toBe(false)
    },
  )

  test('a real date is accepted', () => {
    expect(accepts(profileSchema, { ...fixtures.profile, memberSince: '2024-02-29' })).toBe(true)
  })

  test.each([
    ['co2SavedKg', fromJson('1e999')],
    ['co2SavedKg', limits.co2SavedKg + 0.5],
    ['ecoPoints', 2.5],
    ['ecoPoints', 1e308],
    ['name', 'L'.repeat(100 * 1024)],
    ['name', '\t\n'],
  ])('%s %j is refused', (field, value) => {
    expect(accepts(profileSchema, { ...fixtures.profile, [field]: value })).toBe(false)
  })

  test('a 110-character name is accepted', () => {
    expect(accepts(profileSchema, { ...fixtures.profile, name: 'María '.repeat(19).slice(0, 110) })).toBe(true)
  })
})

describe('notifications', () => {
  const parse = (createdAt: string) => v.safeParse(notificationListSchema, [{ ...notification, createdAt }])

  test.each([
    ['2024-01-01T00:00:00+05', '2023-12-31T19:00:00.000Z'],
    ['2024-01-01T00:00:00+05:30', '2023-12-31T18:30:00.000Z'],
    ['2024-01-01T00:00:00 +05:30', '2023-12-31T18:30:00.000Z'],
  ])('an offset Date cannot read, %s, is rewritten as the same moment in UTC', (createdAt, iso) => {
    const parsed = parse(createdAt)
    expect(parsed.success && parsed.output[0].createdAt).toBe(iso)
  })

  test.each([
    '2023-02-31T10:00:00Z',
    '2024-01-01T00:00:00',
    '2024-01-01T25:00:00Z',
    'now',
    '2024-01-01T00:00:00Z'.padEnd(41, '0'),
  ])('createdAt "%s" is refused', (createdAt) => {
    expect(parse(createdAt).success).toBe(false)
  })

  test('text longer than the limit is refused', () => {
    expect(accepts(notificationListSchema, [{ ...notification, text: 'n'.repeat(limits.messageLength + 1) }])).toBe(
      false,
    )
  })
})
