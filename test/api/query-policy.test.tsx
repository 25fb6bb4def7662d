import { screen, within } from '@testing-library/react'
import { endpointQuery } from '../../src/api/endpoint-query'
import { http, HttpResponse } from 'msw'
import { StrictMode } from 'react'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { server } from '../../mocks/node'
import { endpoints } from '../../src/api/endpoints'
import { ProductsSection } from '../../src/sections/products/products-section'
import { advance, renderDashboard, renderWithClient } from '../render'
import { products } from '../../mocks/fixtures'

// The retry policy as a shopper meets it, with the requests the mock server saw counted.

const products$ = () => screen.getByRole('region', { name: 'Products' })

/** When each request to the products endpoint reached the server, in fake ms. */
function watchProductRequests(): number[] {
  const times: number[] = []
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === endpoints.products.path) times.push(Date.now())
  })
  return times
}

/** Answers each products request with the next of `answers`, then with the fixtures. */
function answerProducts(...answers: (() => Response)[]) {
  let next = 0
  server.use(http.get('*/api/products', () => (answers[next++] ?? (() => HttpResponse.json(products)))()))
}

const halfABody = () =>
  new HttpResponse(
    new ReadableStream({
      start(body) {
        body.enqueue(new TextEncoder().encode('[{"id":"p-apples","na'))
        body.error(new TypeError('network connection was lost'))
      },
    }),
    { headers: { 'Content-Type': 'application/json' } },
  )

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-28T12:00:00Z') })
})

describe('an answer that settles before the dashboard mounts is not asked for again', () => {
  test.each([
    [
      'HTTP 404',
      () => HttpResponse.json({ message: 'gone' }, { status: 404 }),
      /We couldn't load products.*Reload the page/,
    ],
    [
      'HTTP 401',
      () => HttpResponse.json({ message: 'who?' }, { status: 401 }),
      /We couldn't load products.*Sign in to EcoMarket again/,
    ],
    [
      'HTTP 403',
      () => HttpResponse.json({ message: 'no' }, { status: 403 }),
      /We couldn't load products.*doesn't have access/,
    ],
    ['invalid data', () => HttpResponse.json({ items: 'not a list' }), /We couldn't read products/],
    [
      'a 429 asking for 2 minutes',
      () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } }),
      /We couldn't load products.*very busy/,
    ],
  ])('%s: one request, even with StrictMode mounting twice', async (_, answer, wording) => {
    const requests = watchProductRequests()
    answerProducts(answer)
    await renderDashboard({
      beforeRender: async ({ queryClient }) => {
        await advance(20) // settled, before React's first render
        expect(queryClient.getQueryState(endpointQuery(endpoints.products).queryKey)?.status).toBe('error')
      },
      wrap: (app) => <StrictMode>{app}</StrictMode>,
    })
    await advance(12_000)
    expect(requests).toHaveLength(1)
    expect(within(products$()).getByRole('alert')).toHaveTextContent(wording)
  })
})

describe('Retry-After', () => {
  test('a 429 asking for 2 s is retried after 2 s, with the retry note showing meanwhile', async () => {
    const requests = watchProductRequests()
    answerProducts(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '2' } }))
    renderWithClient(<ProductsSection />)
    await advance(1_900)
    expect(requests).toHaveLength(1)
    expect(within(products$()).getByRole('status')).toHaveTextContent('Retrying (1 of 3)')
    await advance(200)
    expect(requests).toHaveLength(2)
    expect(requests[1] - requests[0]).toBeGreaterThanOrEqual(2_000)
    await advance(100)
    expect(within(products$()).getByRole('heading', { name: 'Organic Apples' })).toBeVisible()
  })

  test('an HTTP-date Retry-After is honoured too', async () => {
    const requests = watchProductRequests()
    answerProducts(
      () =>
        new HttpResponse(null, { status: 503, headers: { 'Retry-After': new Date(Date.now() + 4_000).toUTCString() } }),
    )
    renderWithClient(<ProductsSection />)
    await advance(6_000)
    expect(requests).toHaveLength(2)
    expect(requests[1] - requests[0]).toBeGreaterThanOrEqual(3_000) // an HTTP date counts whole seconds
    expect(within(products$()).getByRole('heading', { name: 'Organic Apples' })).toBeVisible()
  })

  test('a wait longer than the section can afford ends in the error at once, after one request', async () => {
    const requests = watchProductRequests()
    answerProducts(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } }))
    renderWithClient(<ProductsSection />)
    await advance(50)
    expect(products$()).toHaveAttribute('aria-busy', 'false')
    expect(within(products$()).getByRole('alert')).toHaveTextContent("We couldn't load products")
    expect(within(products$()).getByRole('alert')).toHaveTextContent(
      'EcoMarket is very busy right now. Wait a few minutes, then select Retry.',
    )
    await advance(endpoints.products.retry.budgetMs)
    expect(requests).toHaveLength(1)
  })

  test('a section that keeps being told to wait still settles inside its budget', async () => {
    const requests = watchProductRequests()
    server.use(
      http.get('*/api/products', () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '3' } })),
    )
    renderWithClient(<ProductsSection />)
    await advance(endpoints.products.retry.budgetMs)
    expect(products$()).toHaveAttribute('aria-busy', 'false')
    expect(within(products$()).getByRole('alert')).toHaveTextContent('EcoMarket is very busy right now')
    expect(requests.length).toBeGreaterThan(1)
    expect(requests.length).toBeLessThanOrEqual(endpoints.products.retry.retries + 1)
  })
})

test('a connection cut half-way through the body is retried, and the retry shows the data', async () => {
  const requests = watchProductRequests()
  answerProducts(halfABody)
  renderWithClient(<ProductsSection />)
  await advance(50)
  expect(within(products$()).getByRole('status')).toHaveTextContent('Retrying (1 of 3)')
  await advance(1_000)
  expect(requests).toHaveLength(2)
  expect(within(products$()).queryByRole('alert')).not.toBeInTheDocument()
  expect(within(products$()).getByRole('heading', { name: 'Organic Apples' })).toBeVisible()
})
