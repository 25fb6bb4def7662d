import { afterEach, expect, test, vi } from 'vitest'
import { takeEarlyRequest } from '../../../src/api/early-requests'
import { SAVED_INDEX_KEY } from '../../../src/api/saved-data-version'
import { startEarlyRequests } from '../../../src/app/head/early-requests'

// The static host's head script (src/app/head/early-requests.ts): one GET per endpoint, handed to
// the API client; a request that fresh saved data spares is left out, by the app's own rule.

const HOUR = 3_600_000
const requests = [
  { name: 'categories', path: '/api/categories', freshForMs: HOUR, priority: 'high' },
  { name: 'products', path: '/api/products', freshForMs: 0, priority: 'high' },
  { name: 'profile', path: '/api/profile', freshForMs: 0, priority: 'auto' },
] as const
const config = { apiBase: 'https://api.example.com/', requests: [...requests], buster: 'app 1, schema 1' }

function stubFetch() {
  const fetch = vi.fn<(url: string, init: RequestInit) => Promise<Response>>(() => Promise.resolve(new Response('[]')))
  vi.stubGlobal('fetch', fetch)
  return fetch
}

afterEach(() => {
  localStorage.clear()
  for (const { name } of requests) takeEarlyRequest(name)
  vi.unstubAllGlobals()
})

test('every request leaves at once, with the API client’s headers and its priority; those saved data may spare go last', () => {
  const fetch = stubFetch()
  startEarlyRequests(config)
  expect(fetch.mock.calls.map(([url, init]) => [url, init.priority])).toEqual([
    ['https://api.example.com/api/products', 'high'],
    ['https://api.example.com/api/profile', 'auto'],
    ['https://api.example.com/api/categories', 'high'],
  ])
  expect(fetch.mock.calls[0][1].headers).toEqual({ Accept: 'application/json' })
  expect(takeEarlyRequest('products')).toBeDefined()
  expect(takeEarlyRequest('products')).toBeUndefined() // only the first attempt adopts it
})

test('a fresh saved answer spares its request; a stale one, or one saved by another version, does not', () => {
  const now = 10 * HOUR
  const save = (buster: string, fetchedAt: number) =>
    localStorage.setItem(SAVED_INDEX_KEY, JSON.stringify({ buster, fetchedAt: { categories: fetchedAt } }))

  save(config.buster, now - HOUR / 2)
  let fetch = stubFetch()
  startEarlyRequests(config, now)
  expect(fetch.mock.calls.map(([url]) => url)).not.toContain('https://api.example.com/api/categories')

  save(config.buster, now - 2 * HOUR)
  fetch = stubFetch()
  startEarlyRequests(config, now)
  expect(fetch.mock.calls.map(([url]) => url)).toContain('https://api.example.com/api/categories')

  save('app 0, schema 1', now - 60_000)
  fetch = stubFetch()
  startEarlyRequests(config, now)
  expect(fetch.mock.calls.map(([url]) => url)).toContain('https://api.example.com/api/categories')
})

test('unreadable storage is no saved data', () => {
  localStorage.setItem(SAVED_INDEX_KEY, '{not json')
  const fetch = stubFetch()
  startEarlyRequests(config)
  expect(fetch).toHaveBeenCalledTimes(3)
})
