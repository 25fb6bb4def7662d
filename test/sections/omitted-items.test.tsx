import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ComponentType } from 'react'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import * as fixtures from '../../mocks/fixtures'
import { server } from '../../mocks/node'
import type { EndpointName } from '../../src/api/endpoints'
import { limits } from '../../src/api/schemas'
import type { Locale } from '../../src/i18n/locale'
import { CategoriesSection } from '../../src/sections/categories/categories-section'
import { NotificationsSection } from '../../src/sections/notifications/notifications-section'
import { ProductsSection } from '../../src/sections/products/products-section'
import { ProfileSection } from '../../src/sections/profile/profile-section'
import { emptyWording, omittedCount, omittedWording, sectionNames } from '../contract'
import { advance, renderDashboard, renderWithClient, setScenarioFromUrl } from '../render'

// One wrong item never blanks a section: it draws the rest, and its footer says, quietly, how
// many couldn't be shown. Only a body of the wrong shape is an alert (section-states.test.tsx).

const sections: Record<EndpointName, ComponentType> = {
  products: ProductsSection,
  categories: CategoriesSection,
  profile: ProfileSection,
  notifications: NotificationsSection,
}

/** What the `partial` mock outcome leaves out of each section (mocks/fixtures.ts). */
const partialOmits: Record<EndpointName, number> = { products: 3, categories: 2, profile: 2, notifications: 2 }

/** The note, word for word, as a shopper reads it (README, "The public contract"). */
const note: Record<Locale, Record<EndpointName, (n: number) => string>> = {
  en: {
    products: (n) => `${n} ${n === 1 ? 'product' : 'products'} couldn't be shown`,
    categories: (n) => `${n} ${n === 1 ? 'category' : 'categories'} couldn't be shown`,
    profile: (n) => `${n} ${n === 1 ? 'detail' : 'details'} couldn't be shown`,
    notifications: (n) => `${n} ${n === 1 ? 'notification' : 'notifications'} couldn't be shown`,
  },
  es: {
    products: (n) => (n === 1 ? 'No se ha podido mostrar 1 producto' : `No se han podido mostrar ${n} productos`),
    categories: (n) => (n === 1 ? 'No se ha podido mostrar 1 categoría' : `No se han podido mostrar ${n} categorías`),
    profile: (n) => (n === 1 ? 'No se ha podido mostrar 1 dato' : `No se han podido mostrar ${n} datos`),
    notifications: (n) =>
      n === 1 ? 'No se ha podido mostrar 1 notificación' : `No se han podido mostrar ${n} notificaciones`,
  },
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-28T12:00:00Z') })
})

const regionOf = (name: EndpointName, locale: Locale = 'en') =>
  screen.getByRole('region', { name: sectionNames[locale][name] })

describe.each(['en', 'es'] as const)('in %s, a partly wrong answer', (locale) => {
  test.each(Object.keys(sections) as EndpointName[])(
    '%s: draws what is valid, and its footer counts what was left out, politely',
    async (name) => {
      const Section = sections[name]
      setScenarioFromUrl(`?${name}=partial@0`)
      renderWithClient(<Section />, { locale })
      await advance(50)
      const region = regionOf(name, locale)
      expect(region).toHaveAttribute('aria-busy', 'false')
      expect(within(region).queryByRole('alert')).not.toBeInTheDocument()
      const footer = region.querySelector('footer')!
      expect(footer).toHaveTextContent(note[locale][name](partialOmits[name]))
      expect(omittedCount(footer.textContent!)).toBe(partialOmits[name])
      // Quiet: not an alert, and not a live region of its own; the page's log says it with the arrival.
      expect(within(footer).getByText(note[locale][name](partialOmits[name])).closest('[role]')).toBeNull()
    },
  )

  test('one item left out reads in the singular', async () => {
    const [first, ...rest] = fixtures.categories
    server.use(http.get('*/api/categories', () => HttpResponse.json([{ ...first, productCount: -1 }, ...rest])))
    renderWithClient(<CategoriesSection />, { locale })
    await advance(50)
    expect(regionOf('categories', locale).querySelector('footer')).toHaveTextContent(note[locale].categories(1))
  })
})

test('products: the valid ones are drawn, the first of a repeated id kept, the bent ones not', async () => {
  setScenarioFromUrl('?products=partial@0')
  renderWithClient(<ProductsSection />)
  await advance(50)
  const region = regionOf('products')
  const names = within(region)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)
  expect(names).toEqual(
    fixtures.products.filter((_, index) => ![2, 5, 8].includes(index)).map((product) => product.name),
  )
  // The grid keeps its twelve cells, the missing ones invisible: nothing below moves.
  expect(region.querySelectorAll('.product-grid > li')).toHaveLength(12)
})

test('the profile draws its name and the figures that were right', async () => {
  setScenarioFromUrl('?profile=partial@0')
  renderWithClient(<ProfileSection />)
  await advance(50)
  const region = regionOf('profile')
  expect(within(region).getByRole('heading', { name: fixtures.profile.name })).toBeVisible()
  expect(region).not.toHaveTextContent('Sapling member')
  expect(region).not.toHaveTextContent('Member since')
  expect(within(region).getByText('Eco-points').nextSibling).toHaveTextContent('2,480')
})

test('notifications keep their five rows of room with fewer to show', async () => {
  setScenarioFromUrl('?notifications=partial@0')
  renderWithClient(<NotificationsSection />)
  await advance(50)
  const region = regionOf('notifications')
  expect(region.querySelectorAll('.notification-list > li')).toHaveLength(5)
  expect(within(region).getAllByRole('listitem')).toHaveLength(3)
})

test('a list longer than its bound is cut to it, and what was cut is counted', async () => {
  setScenarioFromUrl('?categories=overlong@0')
  renderWithClient(<CategoriesSection />)
  await advance(50)
  const region = regionOf('categories')
  expect(within(region).getAllByRole('listitem').at(-1)).toHaveTextContent(`+${limits.listLength - 5} more`)
  expect(region.querySelector('footer')).toHaveTextContent(note.en.categories(fixtures.OVERLONG_EXTRA))
})

test('a list whose every item was left out shows its empty state, and the note says why', async () => {
  server.use(http.get('*/api/products', () => HttpResponse.json(fixtures.partial.products().map(() => ({ id: 1 })))))
  renderWithClient(<ProductsSection />)
  await advance(50)
  const region = regionOf('products')
  expect(within(region).queryByRole('alert')).not.toBeInTheDocument()
  expect(within(region).getByText(emptyWording)).toBeVisible()
  expect(region.querySelector('footer')).toHaveTextContent(note.en.products(fixtures.products.length))
})

test('an answer with nothing left out has no note', async () => {
  renderWithClient(<ProductsSection />)
  await advance(300)
  expect(regionOf('products')).not.toHaveTextContent(omittedWording)
})

test('hostile texts are drawn whole and isolated: an override, joiners, stacked marks, an emoji family first', async () => {
  const names = [
    'Apples \u202Egnp.exe\u202C fresh',
    'Bee\u200Dswax\u200B wraps',
    `Z${'\u0301'.repeat(30)}algo`,
    '👨‍👩‍👧‍👦 pack',
  ]
  server.use(
    http.get('*/api/products', () =>
      HttpResponse.json(names.map((name, index) => ({ ...fixtures.products[index], name }))),
    ),
  )
  renderWithClient(<ProductsSection />)
  await advance(50)
  const headings = within(regionOf('products')).getAllByRole('heading', { level: 3 })
  expect(headings.map((heading) => heading.textContent)).toEqual(names)
  // Isolated (dir="auto"): a right-to-left override ends with its own text, whatever follows it on the page.
  for (const heading of headings) expect(heading).toHaveAttribute('dir', 'auto')
  expect(regionOf('products')).not.toHaveTextContent(omittedWording)
})

test('the page says it with the arrival, once, in its polite log', async () => {
  setScenarioFromUrl('?products=partial@0&categories=overlong@0')
  await renderDashboard()
  await vi.dynamicImportSettled()
  await advance(700)
  const lines = within(screen.getByRole('log'))
    .queryAllByRole('paragraph')
    .map((p) => p.textContent)
  expect(lines).toContain(`Products loaded. ${note.en.products(3)}`)
  expect(lines).toContain(`Categories loaded. ${note.en.categories(fixtures.OVERLONG_EXTRA)}`)
})
