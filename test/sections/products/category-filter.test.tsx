import { fireEvent, screen, within } from '@testing-library/react'
import { Profiler, type ReactNode } from 'react'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { products } from '../../../mocks/fixtures'
import type { Locale } from '../../../src/i18n/locale'
import { CategoriesSection } from '../../../src/sections/categories/categories-section'
import { NotificationsSection } from '../../../src/sections/notifications/notifications-section'
import { ProductsSection } from '../../../src/sections/products/products-section'
import { ProfileSection } from '../../../src/sections/profile/profile-section'
import { categoryIn, filterHref } from '../../../src/ui/category-filter'
import { advance, renderWithClient } from '../../render'

// The products filter as a shopper meets it: the address says which category (?category=<id>), the
// chips set it, a control clears it, and a screen reader hears what changed. Filtering is done on
// the featured page already loaded, so only the two sections that read the address draw again.

beforeEach(() => {
  vi.useFakeTimers()
})

/** Every section's first answer (the profile's 500 ms is the last), with a little to spare. */
const LOADED_MS = 600
const pantry = products.filter((product) => product.categoryId === 'c-pantry').map((product) => product.name)
/** The API's names inside a sentence are isolated (FSI…PDI). */
const isolated = (name: string) => `\u2068${name}\u2069`

/**
 * The categories and products sections at `address` (every section when asked), each counted by a
 * Profiler as in test/metrics/load-recorder.test.tsx.
 */
async function renderAt(
  address: string,
  { locale = 'en', everySection = false }: { locale?: Locale; everySection?: boolean } = {},
) {
  window.history.replaceState(null, '', address)
  const renders: Record<string, number> = {}
  const counted = (id: string, node: ReactNode) => (
    <Profiler id={id} onRender={() => (renders[id] = (renders[id] ?? 0) + 1)}>
      {node}
    </Profiler>
  )
  const rendered = renderWithClient(
    <>
      {everySection && counted('profile', <ProfileSection />)}
      {everySection && counted('notifications', <NotificationsSection />)}
      {counted('categories', <CategoriesSection />)}
      {counted('products', <ProductsSection />)}
    </>,
    { locale },
  )
  await advance(LOADED_MS)
  return { ...rendered, renders }
}

const productsRegion = (name = 'Products') => screen.getByRole('region', { name })
const categoriesRegion = (name = 'Categories') => screen.getByRole('region', { name })
const shownProducts = () =>
  within(productsRegion())
    .queryAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)
/** What the products section says politely about the filter (its header's visually hidden status). */
const filterStatus = () => productsRegion().querySelector('header [role="status"].visually-hidden')
const chip = (name: string) => within(categoriesRegion()).getByRole('link', { name: new RegExp(`^${name}`) })
const showAll = () => within(productsRegion()).getByRole('link', { name: 'Show all products' })

describe('?category=<id>', () => {
  test('shows only that category’s featured products, how many, and marks its chip', async () => {
    await renderAt('/?category=c-pantry')
    expect(pantry).toHaveLength(5)
    expect(shownProducts()).toEqual(pantry)
    expect(productsRegion()).toHaveTextContent(`5 of the featured products in ${isolated('Pantry')}`)
    expect(chip('Pantry')).toHaveAttribute('aria-current', 'true')
    expect(chip('Bakery')).not.toHaveAttribute('aria-current')
    expect(within(productsRegion()).queryByRole('alert')).not.toBeInTheDocument()
    // The page shows it already: nothing is said on arrival.
    expect(filterStatus()).toBeEmptyDOMElement()
  })

  test('in Spanish', async () => {
    await renderAt('/?category=c-pantry', { locale: 'es' })
    expect(productsRegion('Productos')).toHaveTextContent(`5 de los productos destacados son de ${isolated('Pantry')}`)
    fireEvent.click(within(categoriesRegion('Categorías')).getByRole('link', { name: /^Bakery/ }))
    await advance(0)
    expect(productsRegion('Productos').querySelector('header [role="status"].visually-hidden')).toHaveTextContent(
      'Se muestra 1 producto de Bakery',
    )
  })

  test('a category with no featured product shows the empty state, named, with the way back: not an error', async () => {
    await renderAt('/?category=c-refills')
    expect(shownProducts()).toEqual([])
    expect(productsRegion()).toHaveTextContent('No featured products in Refills')
    expect(productsRegion()).toHaveTextContent('The featured products change every week.')
    expect(showAll()).toBeVisible()
    expect(productsRegion()).toHaveAttribute('aria-busy', 'false')
    expect(within(productsRegion()).queryByRole('alert')).not.toBeInTheDocument()
    expect(chip('Refills')).toHaveAttribute('aria-current', 'true')
  })

  test('an empty ?category= is no filter', async () => {
    await renderAt('/?category=')
    expect(shownProducts()).toHaveLength(products.length)
    expect(within(productsRegion()).queryByRole('link', { name: 'Show all products' })).not.toBeInTheDocument()
  })

  test.each([
    ['an unknown id', 'c-nope'],
    ['a broken percent-encoding', '%E0%A4%A'],
    ['markup', '%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['a very long value', 'x'.repeat(5_000)],
    ['spaces', '%20%20'],
  ])('%s says the link’s category isn’t one we have and shows every featured product', async (_, value) => {
    await renderAt(`/?category=${value}`)
    expect(within(productsRegion()).getByText(/The link's category isn't one we have/)).toBeVisible()
    expect(shownProducts()).toHaveLength(products.length)
    expect(showAll()).toBeVisible()
    expect(within(productsRegion()).queryByRole('alert')).not.toBeInTheDocument()
    expect(within(categoriesRegion()).queryAllByRole('link', { current: true })).toEqual([])
  })
})

describe('changing the filter', () => {
  test('a chip filters in place, is announced, and draws only the categories and products again', async () => {
    const { renders } = await renderAt('/?ref=mail', { everySection: true })
    expect(shownProducts()).toHaveLength(products.length)
    const before = { ...renders }

    fireEvent.click(chip('Pantry'))
    await advance(0)
    expect(location.search).toBe('?ref=mail&category=c-pantry')
    expect(shownProducts()).toEqual(pantry)
    expect(filterStatus()).toHaveTextContent('Showing 5 products in Pantry')
    expect(renders.profile).toBe(before.profile)
    expect(renders.notifications).toBe(before.notifications)
    expect(renders.products).toBeGreaterThan(before.products)
    expect(renders.categories).toBeGreaterThan(before.categories)

    const afterChip = { ...renders }
    fireEvent.click(showAll())
    await advance(0)
    expect(location.search).toBe('?ref=mail') // the filter's parameter goes, the others stay
    expect(shownProducts()).toHaveLength(products.length)
    expect(filterStatus()).toHaveTextContent(`Showing all ${products.length} featured products`)
    expect(renders.profile).toBe(afterChip.profile)
    expect(renders.notifications).toBe(afterChip.notifications)
  })

  test('back and forward go through the filter', async () => {
    await renderAt('/')
    fireEvent.click(chip('Bakery'))
    await advance(0)
    expect(shownProducts()).toEqual(['Sourdough Rye Loaf'])
    // What the browser does on Back: the address changes, then a popstate.
    window.history.replaceState(null, '', '/')
    window.dispatchEvent(new PopStateEvent('popstate'))
    await advance(0)
    expect(shownProducts()).toHaveLength(products.length)
    expect(chip('Bakery')).not.toHaveAttribute('aria-current')
  })

  test('moving to an unknown category says what is shown: every product, because the category is unknown', async () => {
    await renderAt('/')
    window.history.pushState(null, '', '/?category=c-nope')
    window.dispatchEvent(new PopStateEvent('popstate'))
    await advance(0)
    expect(shownProducts()).toHaveLength(products.length)
    expect(filterStatus()).toHaveTextContent(
      "The link's category isn't one we have, so every featured product is shown.",
    )
  })

  test('moving to a category with no featured product names it', async () => {
    await renderAt('/')
    fireEvent.click(chip('Refills'))
    await advance(0)
    expect(filterStatus()).toHaveTextContent('No featured products in Refills')
  })

  test('a modified click (new tab) is left to the browser', async () => {
    await renderAt('/')
    // Whether the page stopped the browser's own handling; then stopped here, as jsdom can't open a tab.
    let leftToBrowser: boolean | undefined
    const check = (event: Event) => {
      leftToBrowser = !event.defaultPrevented
      event.preventDefault()
    }
    document.addEventListener('click', check)
    fireEvent.click(chip('Pantry'), { ctrlKey: true })
    document.removeEventListener('click', check)
    await advance(0)
    expect(leftToBrowser).toBe(true)
    expect(location.search).toBe('')
    expect(shownProducts()).toHaveLength(products.length)
  })
})

describe('the address', () => {
  test('categoryIn reads the first category parameter; nothing for none or an empty one', () => {
    expect(categoryIn('?category=c-pantry&category=c-bakery')).toBe('c-pantry')
    expect(categoryIn('?category=')).toBeUndefined()
    expect(categoryIn('')).toBeUndefined()
  })

  test('filterHref sets or clears the filter and keeps every other parameter', () => {
    expect(filterHref('?products=800&category=c-bakery', 'c-pantry')).toBe('?products=800&category=c-pantry')
    expect(filterHref('?products=800&category=c-bakery')).toBe('?products=800')
    expect(filterHref('?category=c-bakery')).toBe('.')
    expect(filterHref('', 'a b&c')).toBe('?category=a+b%26c')
  })
})
