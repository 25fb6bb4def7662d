import { QueryClientProvider } from '@tanstack/react-query'
import { endpoints } from '../../src/api/endpoints'
import { endpointQuery } from '../../src/api/endpoint-query'
import { render } from '@testing-library/react'
import fc from 'fast-check'
import type { ComponentType } from 'react'
import * as v from 'valibot'
import { describe, expect, test } from 'vitest'
import { daysInMonth, instantOf, normaliseTimestamp } from '../../src/api/calendar'
import type { EndpointName } from '../../src/api/endpoints'
import { createQueryClient } from '../../src/api/query-client'
import { categoryList, limits, notificationList, productList, profileSchema } from '../../src/api/schemas'
import { CategoriesSection } from '../../src/sections/categories/categories-section'
import { NotificationsSection } from '../../src/sections/notifications/notifications-section'
import { ProductsSection } from '../../src/sections/products/products-section'
import { ProfileSection } from '../../src/sections/profile/profile-section'
import { dateLike, hostile, propertyOptions, timestampLike, timestampText, valid, validLists } from '../arbitraries'
import { takeUnexpectedConsole } from '../console-guard'
import { inLanguage } from '../render'
import { I18nProvider } from '../../src/i18n/i18n-context'

// Whatever a schema accepts, its section draws without a drawing error, a console error or a
// value that reads wrong (∞, NaN, a minus sign on a count); a list is never refused for its items.

const sections: Record<
  EndpointName,
  { schema: v.GenericSchema; queryKey: readonly unknown[]; Section: ComponentType }
> = {
  products: { schema: productList, queryKey: endpointQuery(endpoints.products).queryKey, Section: ProductsSection },
  categories: {
    schema: categoryList,
    queryKey: endpointQuery(endpoints.categories).queryKey,
    Section: CategoriesSection,
  },
  profile: { schema: profileSchema, queryKey: endpointQuery(endpoints.profile).queryKey, Section: ProfileSection },
  notifications: {
    schema: notificationList,
    queryKey: endpointQuery(endpoints.notifications).queryKey,
    Section: NotificationsSection,
  },
}

/** Where sections show numbers, prices and dates they formatted. */
const formattedValues =
  '.product-card__price, .product-card__rating, .chip__count, .stat dd, .notification__time, .badge'

let draws = 0

/** Draws one section from data already in the cache, as getJson would have handed it over; English and Spanish by turns. */
function drawnWithoutError(name: EndpointName, data: unknown): void {
  const { queryKey, Section } = sections[name]
  const client = createQueryClient()
  client.setQueryData(queryKey, data)
  const { container, unmount } = render(
    <QueryClientProvider client={client}>
      <I18nProvider {...inLanguage(draws++ % 2 === 0 ? 'en' : 'es')}>
        <Section />
      </I18nProvider>
    </QueryClientProvider>,
  )
  try {
    // Plain selectors: role queries take ~100 ms a run over a full product grid in jsdom.
    const region = container.querySelector(`section[aria-labelledby="${name}-heading"]`)!
    expect(region).toHaveAttribute('aria-busy', 'false')
    expect(region.querySelector('[role="alert"]')).toBeNull()
    // Every formatted value reads right: no ∞, NaN, minus sign or "–" (the formatters' "can't show this").
    for (const value of region.querySelectorAll(formattedValues))
      expect(value.textContent).not.toMatch(/∞|NaN|Invalid|-|–/)
    expect(takeUnexpectedConsole()).toEqual([])
  } finally {
    unmount()
    client.clear()
  }
}

// Each run draws a section in jsdom: bounded by numRuns, but slow on a busy machine.
const RENDERING_TIMEOUT_MS = 30_000

const graphemes = (text: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].length
/** What an answer shows: a list's items, or the profile. */
const shownItems = (answer: unknown) => {
  const { items, item } = answer as { items?: unknown[]; item?: unknown }
  return (items ?? [item]) as Record<string, unknown>[]
}

const parse = (name: EndpointName, raw: unknown) => v.safeParse(sections[name].schema, raw)
const isFiniteWithin = (value: unknown, max: number) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max

describe('data inside the limits', () => {
  test.each([
    ['products', validLists.products],
    ['categories', validLists.categories],
    ['profile', valid.profile()],
    ['notifications', validLists.notifications],
  ] as const)(
    'every %s the limits allow is accepted and drawn',
    (name, arbitrary) => {
      fc.assert(
        fc.property(arbitrary as fc.Arbitrary<unknown>, (raw) => {
          const parsed = parse(name, raw)
          expect(parsed.issues).toBeUndefined()
          expect(parsed.output).toMatchObject({ omitted: 0 })
          drawnWithoutError(name, parsed.output)
        }),
        { ...propertyOptions, numRuns: 20 },
      )
    },
    RENDERING_TIMEOUT_MS,
  )
})

describe('hostile data', () => {
  test.each([
    ['products', hostile.products],
    ['categories', hostile.categories],
    ['profile', hostile.profile],
    ['notifications', hostile.notifications],
  ] as const)(
    'whatever %s the schema accepts keeps to the limits and draws without error',
    (name, arbitrary) => {
      let accepted = 0
      fc.assert(
        fc.property(arbitrary as fc.Arbitrary<unknown>, (raw) => {
          const parsed = parse(name, raw)
          // A list is never refused for its items: each one is kept or counted as left out.
          if (Array.isArray(raw)) {
            expect(parsed.success).toBe(true)
            const { items, omitted } = parsed.output as { items: unknown[]; omitted: number }
            expect(items.length + omitted).toBe(raw.length)
          }
          if (!parsed.success) return
          accepted++
          for (const item of shownItems(parsed.output)) {
            for (const [key, value] of Object.entries(item)) {
              if (typeof value === 'number')
                expect(isFiniteWithin(value, key === 'rating' ? 5 : limits.priceCents), key).toBe(true)
              // An id is never shown; every other text is, so it must be clean.
              if (typeof value === 'string' && key !== 'id') {
                expect(graphemes(value), key).toBeLessThanOrEqual(limits.messageLength)
                expect(value, key).not.toMatch(/[\p{Cc}\p{Cs}]/u)
              }
            }
            if (typeof item.createdAt === 'string') expect(Date.parse(item.createdAt)).toBe(instantOf(item.createdAt))
            // A real day: Date would roll 2023-02-31 over to 3 March.
            if (typeof item.memberSince === 'string')
              expect(new Date(item.memberSince).toISOString().slice(0, 10)).toBe(item.memberSince)
          }
          drawnWithoutError(name, parsed.output)
        }),
        { ...propertyOptions, numRuns: 30 },
      )
      expect(accepted).toBeGreaterThan(0) // the generator does get valid data past the schema
    },
    RENDERING_TIMEOUT_MS,
  )

  test(
    'JSON of any shape is refused or drawn, never thrown',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom<EndpointName>('products', 'categories', 'profile', 'notifications'),
          fc.jsonValue(),
          (name, raw) => {
            const parsed = parse(name, raw)
            if (parsed.success) drawnWithoutError(name, parsed.output)
          },
        ),
        { ...propertyOptions, numRuns: 60 },
      )
    },
    RENDERING_TIMEOUT_MS,
  )
})

describe('dates', () => {
  test('a member-since date is kept exactly when that day exists, from 1970 on; otherwise it alone is left out', () => {
    fc.assert(
      fc.property(valid.profile(), dateLike, (profile, memberSince) => {
        const [year, month, day] = memberSince.split('-').map(Number)
        const exists = year >= 1970 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
        const { item, omitted } = v.parse(profileSchema, { ...profile, memberSince })
        expect(item.memberSince).toBe(exists ? memberSince : undefined)
        expect(omitted).toBe(exists ? 0 : 1)
        // Date agrees on every day that exists, and would roll the others over (2023-02-31 is 3 March).
        if (exists) expect(new Date(memberSince).toISOString().slice(0, 10)).toBe(memberSince)
      }),
      { ...propertyOptions, numRuns: 300 },
    )
  })
})

describe('timestamps', () => {
  test('every real moment, in any form the API may write it, is read as exactly that moment', () => {
    fc.assert(
      fc.property(timestampText, ({ text, expected }) => {
        const iso = normaliseTimestamp(text)
        expect(iso).toBeDefined()
        expect(Date.parse(iso!)).toBe(expected)
      }),
      { ...propertyOptions, numRuns: 300 },
    )
  })

  test('an accepted timestamp names a real date and time, and agrees with Date wherever Date can read it', () => {
    fc.assert(
      fc.property(timestampLike, (text) => {
        const instant = instantOf(text)
        const [, year, month, day, hour, minute, second] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/
          .exec(text)!
          .map(Number)
        const real =
          month >= 1 &&
          month <= 12 &&
          day >= 1 &&
          day <= daysInMonth(year, month) &&
          hour < 24 &&
          minute < 60 &&
          second < 60
        if (!real) expect(instant).toBeUndefined() // Date.parse would roll 2023-02-31 over to March
        if (instant === undefined) return
        const byDate = Date.parse(text)
        if (!Number.isNaN(byDate)) expect(byDate).toBe(instant)
        expect(Date.parse(normaliseTimestamp(text)!)).toBe(instant)
      }),
      { ...propertyOptions, numRuns: 400 },
    )
  })
})
