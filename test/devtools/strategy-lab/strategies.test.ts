import { beforeEach, describe, expect, test, vi } from 'vitest'
import { labTasks } from '../../../src/devtools/strategy-lab/lab-tasks'
import { strategies, type StrategyResult } from '../../../src/devtools/strategy-lab/strategies'
import { setScenario } from '../../render'

beforeEach(() => {
  vi.useFakeTimers()
})

/** Runs one strategy to the end on fake time. */
async function run(id: string): Promise<StrategyResult> {
  const strategy = strategies.find((s) => s.id === id)!
  const result = strategy.run(labTasks(), () => Date.now())
  await vi.advanceTimersByTimeAsync(15_000)
  return result
}

const order = (result: StrategyResult) => result.deliveries.map((d) => (d.ok ? d.name : `${d.name}:${d.kind}`))
// Fake time runs every timer exactly on time; a little slack covers the mock's own steps.
const near = (actual: number | null, expected: number) => {
  expect(actual).not.toBeNull()
  expect(actual!).toBeGreaterThanOrEqual(expected)
  expect(actual!).toBeLessThan(expected + 40)
}

describe('strategies under the documented scenario', () => {
  test('sequential adds the latencies up; first data comes with the first request', async () => {
    const result = await run('sequential')
    near(result.totalMs, 1_100)
    near(result.firstDataMs, 200)
    expect(order(result)).toEqual(['products', 'categories', 'profile', 'notifications'])
  })

  test.each(['progressive', 'first-completed'])(
    '%s shows categories at 100 ms and ends with profile at 500 ms',
    async (id) => {
      const result = await run(id)
      near(result.firstDataMs, 100)
      near(result.totalMs, 500)
      expect(result.successes).toBe(4)
      expect(order(result)).toEqual(['categories', 'products', 'notifications', 'profile'])
    },
  )

  test.each(['all-settled', 'all-or-nothing'])('%s shows nothing until the slowest answers', async (id) => {
    const result = await run(id)
    near(result.firstDataMs, 500)
    near(result.totalMs, 500)
    expect(result.successes).toBe(4)
  })
})

describe("strategies under notifications-timeout (the study's benchmark)", () => {
  beforeEach(() => setScenario('notifications-timeout'))

  test('progressive: first data at 100 ms, 3 of 4, done when notifications times out at 2 s', async () => {
    const result = await run('progressive')
    near(result.firstDataMs, 100)
    near(result.totalMs, 2_000)
    expect(result.successes).toBe(3)
    expect(order(result)).toEqual(['categories', 'products', 'profile', 'notifications:timeout'])
  })

  test('tolerant all-at-once: 3 of 4, but nothing shown until 2 s', async () => {
    const result = await run('all-settled')
    near(result.firstDataMs, 2_000)
    expect(result.successes).toBe(3)
  })

  test('all-or-nothing: ends in an error with nothing shown', async () => {
    const result = await run('all-or-nothing')
    expect(result.error).toBe('notifications: timeout')
    expect(result.firstDataMs).toBeNull()
    expect(result.successes).toBe(0)
    near(result.totalMs, 2_000)
  })

  test('sequential: the timeout comes last, after 2.8 s', async () => {
    const result = await run('sequential')
    near(result.totalMs, 2_800)
    expect(order(result).at(-1)).toBe('notifications:timeout')
  })
})

describe('strategies under products-error', () => {
  beforeEach(() => setScenario('products-error'))

  test('all-or-nothing fails as soon as products fails, at 200 ms', async () => {
    const result = await run('all-or-nothing')
    expect(result.error).toBe('products: http')
    near(result.totalMs, 200)
  })

  test('progressive still shows the other three', async () => {
    const result = await run('progressive')
    expect(result.successes).toBe(3)
    expect(order(result)).toEqual(['categories', 'products:http', 'notifications', 'profile'])
  })
})

test('a delivery says how many items its answer left out', async () => {
  setScenario('documented', { products: { outcome: 'partial' } })
  const result = await run('progressive')
  expect(result.successes).toBe(4)
  expect(result.deliveries.find((d) => d.name === 'products')).toMatchObject({ ok: true, omitted: 3 })
  expect(result.deliveries.find((d) => d.name === 'categories')).not.toHaveProperty('omitted')
})

test('under all-down every strategy gets nothing, and all-or-nothing says why', async () => {
  setScenario('all-down')
  for (const strategy of strategies) {
    const result = await run(strategy.id)
    expect(result.successes).toBe(0)
    expect(result.firstDataMs).toBeNull()
  }
  expect((await run('all-or-nothing')).error).toMatch(/: offline$/)
})
