import { fireEvent, screen, within } from '@testing-library/react'
import { endpoints } from '../../src/api/endpoints'
import { useEndpoint } from '../../src/api/endpoint-query'
import { http, HttpResponse } from 'msw'
import { beforeEach, expect, test, vi } from 'vitest'
import { products } from '../../mocks/fixtures'
import { server } from '../../mocks/node'
import { CategoriesSection } from '../../src/sections/categories/categories-section'
import { SectionFrame } from '../../src/ui/section-frame'
import { allowConsole } from '../console-guard'
import { advance, renderWithClient } from '../render'

beforeEach(() => {
  vi.useFakeTimers()
})

function BrokenProducts() {
  const query = useEndpoint(endpoints.products)
  return (
    <SectionFrame name="products" query={query} skeleton={<p>loading</p>} empty={() => null}>
      {() => {
        throw new Error('a bug while drawing products')
      }}
    </SectionFrame>
  )
}

test('a bug while drawing one section shows that section an alert, and the others carry on', async () => {
  allowConsole(/a bug while drawing products|The products section failed to render|The above error occurred/)
  renderWithClient(
    <>
      <BrokenProducts />
      <CategoriesSection />
    </>,
  )
  await advance(300)
  const products = screen.getByRole('region', { name: 'Products' })
  expect(within(products).getByRole('alert')).toHaveTextContent("We couldn't show products")
  expect(within(products).getByRole('button', { name: 'Retry' })).toBeVisible()
  expect(within(screen.getByRole('region', { name: 'Categories' })).getByText('Pantry')).toBeVisible()
})

test('while the browser is offline, a network error says so', async () => {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
  const { setActiveScenario } = await import('../../mocks/scenario-store')
  const { parseScenarioUrl } = await import('../../mocks/scenario-url')
  setActiveScenario(parseScenarioUrl('?categories=offline@0').scenario)
  renderWithClient(<CategoriesSection />)
  await advance(12_000)
  expect(within(screen.getByRole('region', { name: 'Categories' })).getByRole('alert')).toHaveTextContent(
    "You're offline",
  )
})

function ProductsThatBreakOnTheFullPage() {
  const query = useEndpoint(endpoints.products)
  return (
    <SectionFrame name="products" query={query} skeleton={<p>loading</p>} empty={() => null}>
      {({ items }) => {
        if (items.length === 12) throw new Error('a bug with a full page of products')
        return <p>{items.length} products drawn</p>
      }}
    </SectionFrame>
  )
}

test("the drawing error's Retry fetches again, and new data clears the error", async () => {
  allowConsole(/a bug with a full page of products|The products section failed to render|The above error occurred/)
  renderWithClient(<ProductsThatBreakOnTheFullPage />)
  await advance(300)
  const region = screen.getByRole('region', { name: 'Products' })
  expect(within(region).getByRole('alert')).toHaveTextContent("We couldn't show products")
  server.use(http.get('*/api/products', () => HttpResponse.json(products.slice(0, 2))))
  fireEvent.click(within(region).getByRole('button', { name: 'Retry' }))
  await advance(300)
  expect(within(region).queryByRole('alert')).not.toBeInTheDocument()
  expect(region).toHaveTextContent('2 products drawn')
})

test('retries go on while the tab is hidden, so a background tab still settles in bounded time', async () => {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
  const { setActiveScenario } = await import('../../mocks/scenario-store')
  const { parseScenarioUrl } = await import('../../mocks/scenario-url')
  setActiveScenario(parseScenarioUrl('?categories=offline@0').scenario)
  renderWithClient(<CategoriesSection />)
  await advance(12_000)
  expect(within(screen.getByRole('region', { name: 'Categories' })).getByRole('alert')).toHaveTextContent(
    "can't reach EcoMarket",
  )
})
