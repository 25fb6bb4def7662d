import { fireEvent, screen, within } from '@testing-library/react'
import { beforeEach, expect, test, vi } from 'vitest'
import { server } from '../../mocks/node'
import { endpoints } from '../../src/api/endpoints'
import { CategoriesSection } from '../../src/sections/categories/categories-section'
import { ProductsSection } from '../../src/sections/products/products-section'
import { advance, renderWithClient, setScenarioFromUrl } from '../render'

const region = (label: string) => screen.getByRole('region', { name: label })
const MINUTE = 60_000

beforeEach(() => {
  vi.useFakeTimers()
})

function countRequests(path: string): () => number {
  let count = 0
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === path) count++
  })
  return () => count
}

test('each section says how old its data is, and the text keeps ticking', async () => {
  renderWithClient(<CategoriesSection />)
  await advance(200)
  const categories = region('Categories')
  expect(within(categories).getByText('Updated just now')).toBeVisible()
  await advance(MINUTE)
  expect(within(categories).getByText('Updated 1 min ago')).toBeVisible()
  await advance(2 * MINUTE)
  expect(within(categories).getByText('Updated 3 min ago')).toBeVisible()
})

test('a background refresh keeps the data and aria-busy="false"; when it fails, a status note (not an alert) says so, with Retry', async () => {
  renderWithClient(<ProductsSection />)
  await advance(300)
  const products = region('Products')
  setScenarioFromUrl('?products=error@100')
  fireEvent.click(within(products).getByRole('button', { name: 'Refresh Products' }))
  await advance(0)
  expect(products).toHaveAttribute('aria-busy', 'false')
  expect(within(products).getByRole('heading', { name: 'Organic Apples' })).toBeVisible()
  expect(within(products).getByText(/refreshing…/)).toBeVisible()

  await advance(endpoints.products.retry.budgetMs)
  expect(products).toHaveAttribute('aria-busy', 'false')
  expect(within(products).getByRole('heading', { name: 'Organic Apples' })).toBeVisible()
  expect(within(products).queryByRole('alert')).not.toBeInTheDocument()
  // The section's other status (the retry note in its header) stays empty: the footer's note says it.
  const note = within(products)
    .getAllByRole('status')
    .find((status) => status.textContent !== '')
  expect(
    within(products)
      .getAllByRole('status')
      .filter((status) => status.textContent !== ''),
  ).toHaveLength(1)
  expect(note).toHaveTextContent(/^Couldn't refresh: EcoMarket had a problem\. Showing data from \d\d:\d\d\.$/)
  // Cut to two lines in a narrow column, the whole text stays in the line's title.
  expect(note?.closest('p')).toHaveAttribute('title', note?.textContent)

  setScenarioFromUrl('')
  fireEvent.click(within(products).getByRole('button', { name: 'Retry' }))
  await advance(300)
  expect(note).toBeEmptyDOMElement()
  expect(within(products).getByText('Updated just now')).toBeVisible()
})

test('coming back to the tab refreshes stale data only', async () => {
  const requests = countRequests(endpoints.products.path)
  renderWithClient(<ProductsSection />)
  await advance(300)
  document.dispatchEvent(new Event('visibilitychange'))
  await advance(300)
  expect(requests()).toBe(1) // still fresh
  await advance(endpoints.products.cache.staleTime)
  expect(requests()).toBe(1) // stale, but nobody looked
  document.dispatchEvent(new Event('visibilitychange'))
  await advance(300)
  expect(requests()).toBe(2)
  expect(region('Products')).toHaveAttribute('aria-busy', 'false')
})

test('notifications poll every 60 s, as the endpoint table says; the others never poll', async () => {
  const notifications = countRequests(endpoints.notifications.path)
  const categories = countRequests(endpoints.categories.path)
  const { NotificationsSection } = await import('../../src/sections/notifications/notifications-section')
  renderWithClient(
    <>
      <NotificationsSection />
      <CategoriesSection />
    </>,
  )
  await advance(400)
  // Every 60 s after the last update: the interval restarts whenever the list changes.
  await advance(3 * MINUTE + 2_000)
  expect(notifications()).toBe(4)
  expect(categories()).toBe(1)
})
