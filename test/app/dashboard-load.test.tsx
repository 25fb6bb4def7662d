import { screen, within } from '@testing-library/react'
import { Profiler, StrictMode } from 'react'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { server } from '../../mocks/node'
import { endpointNames, endpoints } from '../../src/api/endpoints'
import { CategoriesSection } from '../../src/sections/categories/categories-section'
import { NotificationsSection } from '../../src/sections/notifications/notifications-section'
import { ProductsSection } from '../../src/sections/products/products-section'
import { ProfileSection } from '../../src/sections/profile/profile-section'
import { advance, renderDashboard, renderWithClient, setScenarioFromUrl } from '../render'

const region = (label: string) => screen.getByRole('region', { name: label })

beforeEach(() => {
  vi.useFakeTimers()
})

describe('independent sections', () => {
  test('a hanging notifications endpoint holds up nothing, then ends in its timeout message', async () => {
    setScenarioFromUrl('?notifications=timeout')
    const renders: Record<string, number> = {}
    const count = (id: string) => {
      renders[id] = (renders[id] ?? 0) + 1
    }
    const counted = (id: string, node: React.ReactNode) => (
      <Profiler id={id} onRender={() => count(id)}>
        {node}
      </Profiler>
    )
    renderWithClient(
      <>
        {counted('products', <ProductsSection />)}
        {counted('categories', <CategoriesSection />)}
        {counted('profile', <ProfileSection />)}
        {counted('notifications', <NotificationsSection />)}
      </>,
    )
    await advance(150)
    expect(region('Categories')).toHaveAttribute('aria-busy', 'false')
    expect(region('Products')).toHaveAttribute('aria-busy', 'true')
    const productRendersBeforeCategories = renders.products
    // Categories settled; products was not re-rendered by it.
    expect(renders.categories).toBe(2)
    expect(productRendersBeforeCategories).toBe(1)

    await advance(500)
    for (const label of ['Products', 'Categories', 'Profile']) {
      expect(region(label)).toHaveAttribute('aria-busy', 'false')
      expect(within(region(label)).queryByRole('alert')).not.toBeInTheDocument()
    }
    expect(region('Notifications')).toHaveAttribute('aria-busy', 'true')
    expect(renders.products).toBe(2) // its own settle, nothing from categories or profile

    await advance(endpoints.notifications.timeoutMs - 650 + 50)
    expect(region('Notifications')).toHaveAttribute('aria-busy', 'false')
    expect(within(region('Notifications')).getByRole('alert')).toHaveTextContent(
      'Loading your notifications took too long',
    )
    expect(renders).toEqual({ products: 2, categories: 2, profile: 2, notifications: 2 })
  })

  test('the whole app degrades one section at a time under a failing products endpoint', async () => {
    setScenarioFromUrl('?products=error@0')
    await renderDashboard()
    await advance(12_000)
    expect(within(region('Products')).getByRole('alert')).toHaveTextContent("We couldn't load products")
    for (const label of ['Categories', 'Profile', 'Notifications']) {
      expect(within(region(label)).queryByRole('alert')).not.toBeInTheDocument()
      expect(region(label)).toHaveAttribute('aria-busy', 'false')
    }
    expect(screen.getAllByRole('alert')).toHaveLength(1)
  })
})

/** The paths of the requests that reach the mock server from now on. */
function watchRequests(): string[] {
  const started: string[] = []
  server.events.on('request:start', ({ request }) => {
    started.push(new URL(request.url).pathname)
  })
  return started
}

test('every request starts at once, before anything renders', async () => {
  const started = watchRequests()
  await renderDashboard({
    beforeRender: async () => {
      await advance(5) // let the fetches reach the mock server; no component exists yet
      expect(screen.queryAllByRole('region')).toEqual([])
      expect([...started].sort()).toEqual(endpointNames.map((name) => endpoints[name].path).sort())
    },
  })
  await advance(600)
  expect(started).toHaveLength(endpointNames.length) // the sections joined the requests in flight; none was sent twice
  expect(screen.getAllByRole('region').every((r) => r.getAttribute('aria-busy') === 'false')).toBe(true)
})

test('a section that unmounts and mounts again (as StrictMode does in development) keeps its request', async () => {
  const started = watchRequests()
  await renderDashboard({
    beforeRender: async ({ queryClient }) => {
      await advance(5) // as in main.tsx, React mounts once the requests are on their way
      renderWithClient(<ProductsSection />, { client: queryClient }).unmount()
    },
    wrap: (app) => <StrictMode>{app}</StrictMode>,
  })
  await advance(600)
  expect(started).toHaveLength(endpointNames.length)
  expect(screen.getAllByRole('region').every((r) => r.getAttribute('aria-busy') === 'false')).toBe(true)
})
