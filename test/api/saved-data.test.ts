// @vitest-environment node
import type { QueryClient } from '@tanstack/react-query'
import { endpointQuery } from '../../src/api/endpoint-query'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import * as fixtures from '../../mocks/fixtures'
import * as v from 'valibot'
import { endpoints } from '../../src/api/endpoints'
import { createQueryClient } from '../../src/api/query-client'
import { productList } from '../../src/api/schemas'
import { busterFor, createSavedDataPersister, keepRestorable, restoreSavedData } from '../../src/api/saved-data'
import { SAVED_DATA_KEY, savedDataBuster } from '../../src/api/saved-data-version'
import { saveDataAsItChanges } from '../../src/api/saved-data-writer'

const HOUR = 3_600_000

/** An in-memory Storage, so each test starts empty and can break it on purpose. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}

const savedQuery = (queryKey: readonly unknown[], data: unknown, dataUpdatedAt: number) => ({
  queryKey,
  queryHash: JSON.stringify(queryKey),
  state: {
    data,
    dataUpdatedAt,
    status: 'success',
    fetchStatus: 'idle',
    error: null,
    errorUpdatedAt: 0,
    fetchFailureCount: 0,
    fetchFailureReason: null,
    dataUpdateCount: 1,
    errorUpdateCount: 0,
    isInvalidated: false,
    fetchMeta: null,
  },
})

const buster = busterFor()
const savedText = (queries: unknown[], { withBuster = buster, timestamp = Date.now() } = {}) =>
  JSON.stringify({ buster: withBuster, timestamp, clientState: { mutations: [], queries } })

const categoriesKey = endpointQuery(endpoints.categories).queryKey
const productsKey = endpointQuery(endpoints.products).queryKey

/** A list's answer as the cache holds it: nothing left out unless told. */
const answerOf = <T>(items: T[], omitted = 0) => ({ items, omitted })
const products = answerOf(fixtures.products)
const categories = answerOf(fixtures.categories)

beforeEach(() => {
  vi.useFakeTimers()
})

describe('what is saved', () => {
  test('only categories and products are written; the profile and notifications never reach storage', async () => {
    const storage = memoryStorage()
    const client = createQueryClient()
    saveDataAsItChanges(client, { persister: createSavedDataPersister(storage) })
    client.setQueryData(endpointQuery(endpoints.products).queryKey, products)
    client.setQueryData(categoriesKey, categories)
    client.setQueryData(endpointQuery(endpoints.profile).queryKey, { item: fixtures.profile, omitted: 0 })
    client.setQueryData(endpointQuery(endpoints.notifications).queryKey, answerOf(fixtures.notifications()))
    await vi.advanceTimersByTimeAsync(1_000) // the persister writes at most once a second

    const text = storage.getItem(SAVED_DATA_KEY)!
    const saved = JSON.parse(text)
    expect(saved.buster).toBe(buster)
    expect(saved.clientState.queries.map((q: { queryKey: unknown[] }) => q.queryKey[0]).sort()).toEqual([
      'categories',
      'products',
    ])
    expect(text).toContain('Organic Apples')
    expect(text).toContain('Fruit & veg')
    // Nothing personal, not even in passing.
    expect(text).not.toContain(fixtures.profile.name)
    expect(text).not.toContain('ecoPoints')
    for (const notification of fixtures.notifications()) expect(text).not.toContain(notification.text)
  })

  test('a failed answer is not saved', async () => {
    const storage = memoryStorage()
    const client = createQueryClient()
    saveDataAsItChanges(client, { persister: createSavedDataPersister(storage) })
    await client.prefetchQuery({
      queryKey: categoriesKey,
      queryFn: () => Promise.reject(new Error('down')),
      retry: false,
    })
    client.setQueryData(productsKey, products)
    await vi.advanceTimersByTimeAsync(1_000)
    const saved = JSON.parse(storage.getItem(SAVED_DATA_KEY)!)
    expect(saved.clientState.queries.map((q: { queryKey: unknown[] }) => q.queryKey[0])).toEqual(['products'])
  })

  test('full storage is ignored without a word', async () => {
    const storage = memoryStorage()
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    const client = createQueryClient()
    saveDataAsItChanges(client, { persister: createSavedDataPersister(storage) })
    client.setQueryData(productsKey, products)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(storage.items.size).toBe(0) // and the console guard saw no error
  })
})

describe('what a visit restores', () => {
  const restoreInto = async (
    text: string | null,
    storage = memoryStorage(text === null ? {} : { [SAVED_DATA_KEY]: text }),
    variant?: string,
  ) => {
    const client = createQueryClient()
    await restoreSavedData(client, { persister: createSavedDataPersister(storage), variant })
    return { client, storage }
  }
  const has = (client: QueryClient, key: readonly unknown[]) => client.getQueryData(key) !== undefined

  test('young enough answers come back at once; categories stay fresh for their hour, products are marked for revalidation', async () => {
    const now = Date.now()
    const { client } = await restoreInto(
      savedText([
        savedQuery(categoriesKey, categories, now - 50 * 60_000),
        savedQuery(productsKey, products, now - 60_000),
      ]),
    )
    expect(client.getQueryData(categoriesKey)).toEqual(categories)
    expect(client.getQueryData(productsKey)).toEqual(products)
    expect(client.getQueryState(categoriesKey)!.dataUpdatedAt).toBe(now - 50 * 60_000)
    expect(
      client.getQueryCache().find({ queryKey: categoriesKey })!.isStaleByTime(endpoints.categories.cache.staleTime),
    ).toBe(false)
    expect(
      client.getQueryCache().find({ queryKey: productsKey })!.isStaleByTime(endpoints.products.cache.staleTime),
    ).toBe(true)
  })

  test('each answer keeps its own age limit: categories for an hour, products for a day', async () => {
    const now = Date.now()
    const { client } = await restoreInto(
      savedText([
        savedQuery(categoriesKey, categories, now - HOUR - 1),
        savedQuery(productsKey, products, now - 23 * HOUR),
      ]),
    )
    expect(has(client, categoriesKey)).toBe(false)
    expect(has(client, productsKey)).toBe(true)
    const { client: dayLater } = await restoreInto(savedText([savedQuery(productsKey, products, now - 24 * HOUR - 1)]))
    expect(has(dayLater, productsKey)).toBe(false)
  })

  test('data saved by another app or schema version (the buster) is never shown, and is removed', async () => {
    const text = savedText([savedQuery(categoriesKey, categories, Date.now())], {
      withBuster: savedDataBuster('0.0.1'),
    })
    const { client, storage } = await restoreInto(text)
    expect(has(client, categoriesKey)).toBe(false)
    expect(storage.getItem(SAVED_DATA_KEY)).toBeNull()
    expect(buster).not.toBe(savedDataBuster('0.0.1'))
  })

  test('in mock mode, data saved under one scenario is not shown under another', async () => {
    const text = savedText([savedQuery(categoriesKey, categories, Date.now())], {
      withBuster: busterFor('mock scenario documented'),
    })
    const other = await restoreInto(text, undefined, 'mock scenario documented, categories=empty')
    expect(has(other.client, categoriesKey)).toBe(false)
    const same = await restoreInto(text, undefined, 'mock scenario documented')
    expect(has(same.client, categoriesKey)).toBe(true)
  })

  test("a saved answer of the wrong shape (an older version's bare list) is dropped; the valid one is kept", async () => {
    const now = Date.now()
    const { client } = await restoreInto(
      savedText([savedQuery(categoriesKey, fixtures.categories, now), savedQuery(productsKey, products, now)]),
    )
    expect(has(client, categoriesKey)).toBe(false)
    expect(client.getQueryData(productsKey)).toEqual(products)
  })

  test('each saved item is checked again: one that no longer passes is left out and counted with those left out before', async () => {
    const now = Date.now()
    const [first, second, ...rest] = fixtures.categories
    const saved = answerOf([first, { id: 7, title: 'Pantry' }, { ...second, productCount: -1 }, first, ...rest], 2)
    const { client } = await restoreInto(savedText([savedQuery(categoriesKey, saved, now)]))
    expect(client.getQueryData(categoriesKey)).toEqual(answerOf([first, ...rest], 2 + 3))
  })

  test('a saved answer checked again is the same: its texts were already cut and cleaned on arrival', () => {
    const now = Date.now()
    const [once] = keepRestorable({
      timestamp: now,
      buster,
      clientState: { mutations: [], queries: [savedQuery(productsKey, products, now)] as never[] },
    }).clientState.queries
    const arrived = v.parse(productList, [{ ...fixtures.products[0], name: `\u0007${'W'.repeat(100_000)}` }])
    const [again] = keepRestorable({
      timestamp: now,
      buster,
      clientState: { mutations: [], queries: [savedQuery(productsKey, arrived, now)] as never[] },
    }).clientState.queries
    expect(once.state.data).toEqual(products)
    expect(again.state.data).toEqual(arrived)
  })

  test.each([
    ['no count', { items: fixtures.categories }],
    ['a negative count', { items: fixtures.categories, omitted: -1 }],
    ['items that are not a list', { items: {}, omitted: 0 }],
  ])('a saved answer with %s is dropped', async (_, saved) => {
    const { client } = await restoreInto(savedText([savedQuery(categoriesKey, saved, Date.now())]))
    expect(has(client, categoriesKey)).toBe(false)
  })

  test('what was written reads back the same, the count of what was left out included', async () => {
    const storage = memoryStorage()
    const writer = createQueryClient()
    saveDataAsItChanges(writer, { persister: createSavedDataPersister(storage) })
    const partial = answerOf(fixtures.products.slice(0, 9), 3)
    writer.setQueryData(productsKey, partial)
    writer.setQueryData(categoriesKey, answerOf([], 6)) // every item left out: still an answer, shown empty with its note
    await vi.advanceTimersByTimeAsync(1_000)
    const { client } = await restoreInto(null, storage)
    expect(client.getQueryData(productsKey)).toEqual(partial)
    expect(client.getQueryData(categoriesKey)).toEqual(answerOf([], 6))
  })

  test('personal data planted in storage is not restored', async () => {
    const { client } = await restoreInto(
      savedText([
        savedQuery(endpointQuery(endpoints.profile).queryKey, { item: fixtures.profile, omitted: 0 }, Date.now()),
      ]),
    )
    expect(has(client, endpointQuery(endpoints.profile).queryKey)).toBe(false)
  })

  test('corrupt, empty or unreadable storage restores nothing and logs nothing', async () => {
    for (const text of ['{"buster":', 'null', '[]', '{"buster":1}', '']) {
      const { client } = await restoreInto(text)
      expect(client.getQueryCache().getAll()).toHaveLength(0)
    }
    const blocked = memoryStorage()
    const deny = () => {
      throw new DOMException('Access is denied', 'SecurityError')
    }
    blocked.getItem = deny
    blocked.removeItem = deny
    const { client } = await restoreInto(null, blocked)
    expect(client.getQueryCache().getAll()).toHaveLength(0)
  })
})
