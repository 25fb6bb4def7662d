import { screen } from '@testing-library/react'
import { beforeEach, expect, test, vi } from 'vitest'
import { createSavedDataPersister } from '../../src/api/saved-data'
import { SAVED_DATA_KEY } from '../../src/api/saved-data-version'
import { endpointNames } from '../../src/api/endpoints'
import { advance, renderDashboard, setScenarioFromUrl } from '../render'

beforeEach(() => {
  vi.useFakeTimers()
})

const memoryStorage = () => {
  const items = new Map<string, string>()
  return {
    items,
    storage: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    },
  }
}

test("this visit's data is saved only once the load has completed, so no write competes with an answer being drawn", async () => {
  setScenarioFromUrl('?notifications=400')
  const { items, storage } = memoryStorage()
  await renderDashboard({ savedData: { persister: createSavedDataPersister(storage) } })
  await advance(300) // categories and products are in; notifications is not
  expect(screen.getByRole('region', { name: 'Notifications' })).toHaveAttribute('aria-busy', 'true')
  await vi.dynamicImportSettled()
  expect(items.has(SAVED_DATA_KEY)).toBe(false)

  await advance(600) // every section has settled: the load is complete
  await vi.dynamicImportSettled()
  await advance(1_000)
  const saved = JSON.parse(items.get(SAVED_DATA_KEY)!) as { clientState: { queries: { queryKey: string[] }[] } }
  expect(saved.clientState.queries.map((query) => query.queryKey[0]).sort()).toEqual(['categories', 'products'])
})

test('the render step runs once every request has left, and the recorder counts the load from the start it is given', async () => {
  const { recorder } = await renderDashboard({
    startedAt: 0,
    beforeRender: ({ recorder }) =>
      expect(Object.keys(recorder!.getSnapshot().sections).sort()).toEqual([...endpointNames].sort()),
  })
  expect(recorder.getSnapshot().startedAt).toBe(0)
})
