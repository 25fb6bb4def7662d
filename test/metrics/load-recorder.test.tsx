import { fireEvent, screen, within } from '@testing-library/react'
import { endpointQuery } from '../../src/api/endpoint-query'
import { Profiler } from 'react'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { products } from '../../mocks/fixtures'
import { documentedLatencyMs } from '../../mocks/scenarios'
import { busterFor, createSavedDataPersister } from '../../src/api/saved-data'
import { SAVED_DATA_KEY } from '../../src/api/saved-data-version'
import { endpointNames, endpoints } from '../../src/api/endpoints'
import { createQueryClient } from '../../src/api/query-client'
import { startDashboardLoad } from '../../src/app/dashboard-load'
import { DevTools } from '../../src/devtools/dev-tools'
import { CategoriesSection } from '../../src/sections/categories/categories-section'
import { NotificationsSection } from '../../src/sections/notifications/notifications-section'
import { ProductsSection } from '../../src/sections/products/products-section'
import { ProfileSection } from '../../src/sections/profile/profile-section'
import { logCompletionOrder } from '../../src/metrics/completion-log'
import { createLoadRecorder, timeToAllSettled, timeToFirstData } from '../../src/metrics/load-recorder'
import { advance, renderDashboard, renderWithClient, setScenario } from '../render'

beforeEach(() => {
  vi.useFakeTimers()
  performance.clearMarks()
  performance.clearMeasures()
})

async function loadDashboard(renderCount?: (id: string) => void, now?: () => number) {
  const wrap =
    renderCount &&
    ((app: React.ReactElement) => (
      <Profiler id="app" onRender={(id) => renderCount(id)}>
        {app}
      </Profiler>
    ))
  const { recorder } = await renderDashboard({ scenario: 'test', now, wrap })
  return recorder
}

describe('load recorder', () => {
  test('records each section in the order it settled, with its duration and outcome', async () => {
    const recorder = await loadDashboard()
    await advance(1_000)
    const load = recorder.getSnapshot()
    const byOrder = endpointNames.map((name) => load.sections[name]!).sort((a, b) => a.order! - b.order!)
    expect(byOrder.map((s) => s.name)).toEqual(['categories', 'products', 'notifications', 'profile'])
    for (const section of byOrder) {
      expect(section.outcome).toBe('data')
      expect(section.failures).toEqual([])
      const duration = section.settledAt! - section.startedAt
      expect(duration).toBeGreaterThanOrEqual(documentedLatencyMs[section.name])
      expect(duration).toBeLessThan(documentedLatencyMs[section.name] + 60)
    }
    expect(timeToFirstData(load)).toBeGreaterThanOrEqual(100)
    expect(timeToFirstData(load)).toBeLessThan(160)
    expect(timeToAllSettled(load)).toBeGreaterThanOrEqual(500)
  })

  test('saved data restored before the load counts as its first data; revalidating it starts no new record', async () => {
    const storage = new Map<string, string>()
    const persister = createSavedDataPersister({
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
      removeItem: (key) => void storage.delete(key),
    })
    storage.set(
      SAVED_DATA_KEY,
      JSON.stringify({
        buster: busterFor(),
        timestamp: Date.now(),
        clientState: {
          mutations: [],
          queries: [
            {
              queryKey: endpointQuery(endpoints.products).queryKey,
              queryHash: '["products","list"]',
              state: { status: 'success', data: { items: products, omitted: 2 }, dataUpdatedAt: Date.now() - 60_000 },
            },
          ],
        },
      }),
    )
    const savedAt = Date.now() - 60_000
    const { recorder, queryClient: client } = await renderDashboard({
      savedData: { persister },
      beforeRender: ({ recorder }) => {
        expect(recorder!.getSnapshot().sections.products).toMatchObject({
          outcome: 'data',
          order: 1,
          fromStorage: true,
        })
        expect(timeToFirstData(recorder!.getSnapshot())).toBeLessThan(50)
      },
    })
    await advance(1_000)
    const load = recorder.getSnapshot()
    expect(load.sections.products).toMatchObject({ outcome: 'data', order: 1, fromStorage: true })
    expect(load.completedAt).toBeDefined()
    expect(client.getQueryState(endpointQuery(endpoints.products).queryKey)!.dataUpdatedAt).toBeGreaterThan(savedAt) // revalidated
  })

  test('records every failed attempt, and timeouts as they happen', async () => {
    setScenario('flaky', { notifications: { latencyMs: 10_000 } })
    const recorder = await loadDashboard()
    await advance(5_000)
    const { products, categories, notifications } = recorder.getSnapshot().sections
    expect(products!.failures.map((f) => f.kind)).toEqual(['http', 'http'])
    expect(products!.outcome).toBe('data')
    expect(categories!.failures).toHaveLength(2)
    expect(notifications!.outcome).toBe('timeout')
    expect(notifications!.settledAt! - notifications!.startedAt).toBe(2_000)
  })

  test('emits a User Timing measure per section, named ecomarket:<section>', async () => {
    // The real User Timing buffer: fake timers would replace `performance` with a stand-in.
    vi.useRealTimers()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
    const t0 = Date.now()
    await loadDashboard(undefined, () => Date.now() - t0)
    await advance(1_000)
    const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('ecomarket:'))
    expect(measures.map((m) => m.name).sort()).toEqual(endpointNames.map((n) => `ecomarket:${n}`).sort())
    const products = measures.find((m) => m.name === 'ecomarket:products')!
    expect(products.duration).toBeGreaterThanOrEqual(200)
    expect((products as PerformanceMeasure).detail).toMatchObject({ outcome: 'data', attempts: 1 })
  })

  test('a long session keeps User Timing flat: at most one measure per section, no marks left over', async () => {
    vi.useRealTimers()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
    const t0 = Date.now()
    const client = createQueryClient()
    const recorder = createLoadRecorder(client.getQueryCache(), { now: () => Date.now() - t0 })
    startDashboardLoad(client)
    const ours = () =>
      [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('measure')].filter((e) =>
        e.name.startsWith('ecomarket:'),
      )
    for (let load = 0; load < 40; load++) {
      recorder.beginLoad()
      void client.resetQueries() // what Apply does; half the loads are cut short by the next one
      await advance(load % 2 === 0 ? 100 : 1_000)
    }
    await advance(1_000)
    expect(ours().filter((e) => e.entryType === 'mark')).toEqual([])
    expect(
      ours()
        .map((e) => e.name)
        .sort(),
    ).toEqual(endpointNames.map((n) => `ecomarket:${n}`).sort())
  })

  test('adds no renders: with the Timeline tab open and redrawing, each section still renders twice', async () => {
    const renders: Record<string, number> = {}
    const counted = (id: string, node: React.ReactNode) => (
      <Profiler id={id} onRender={() => (renders[id] = (renders[id] ?? 0) + 1)}>
        {node}
      </Profiler>
    )
    const client = createQueryClient()
    const recorder = createLoadRecorder(client.getQueryCache())
    recorder.beginLoad()
    startDashboardLoad(client)
    renderWithClient(
      <>
        {counted('products', <ProductsSection />)}
        {counted('categories', <CategoriesSection />)}
        {counted('profile', <ProfileSection />)}
        {counted('notifications', <NotificationsSection />)}
        {counted('panel', <DevTools recorder={recorder} />)}
      </>,
      { client },
    )
    fireEvent.click(screen.getByRole('button', { name: /mock api/i }))
    fireEvent.click(screen.getByRole('tab', { name: 'Timeline' }))
    await advance(1_000)
    expect(
      within(screen.getByRole('list', { name: 'Sections of this load' })).getAllByText(/^data at \d+ ms$/),
    ).toHaveLength(endpointNames.length)
    expect(renders.panel).toBeGreaterThan(4) // the waterfall redrew as sections settled
    expect(renders).toMatchObject({ products: 2, categories: 2, profile: 2, notifications: 2 })
  })

  test('a load completes once: a later Retry updates its section without reporting the load again', async () => {
    setScenario('products-error')
    const recorder = await loadDashboard()
    const completed = vi.fn()
    recorder.onComplete(completed)
    await advance(12_000)
    expect(completed).toHaveBeenCalledTimes(1)
    setScenario('documented')
    fireEvent.click(within(screen.getByRole('region', { name: 'Products' })).getByRole('button', { name: 'Retry' }))
    await advance(1_000)
    expect(recorder.getSnapshot().sections.products?.outcome).toBe('data')
    expect(completed).toHaveBeenCalledTimes(1)
  })

  test('logs the real completion order, as the study did', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {})
    const recorder = await loadDashboard()
    logCompletionOrder(recorder)
    await advance(1_000)
    const lines = info.mock.calls.map(([line]) => String(line))
    expect(lines).toHaveLength(endpointNames.length)
    expect(lines[0]).toMatch(/^✅ Dashboard #1: categories data at \d+ ms → update the UI$/)
    expect(lines.map((l) => /: (\w+) /.exec(l)![1])).toEqual(['categories', 'products', 'notifications', 'profile'])
  })
})
