import { omittedOf } from '../../api/answer'
import { isApiError } from '../../api/api-error'

// The study's five ways to coordinate four independent requests, written with promises. Each one
// reports when the page could first show something, and in what order results reached the page.

export interface Task {
  name: string
  run: (signal: AbortSignal) => Promise<unknown>
}

export interface Delivery {
  name: string
  /** ms after the strategy started, when the result reached the page. */
  atMs: number
  ok: boolean
  kind?: string
  /** Items its answer left out, when it delivered data. */
  omitted?: number
}

export interface StrategyResult {
  totalMs: number
  /** When the first piece of data reached the page; null if none ever did. */
  firstDataMs: number | null
  successes: number
  deliveries: Delivery[]
  /** Set when the strategy as a whole failed (all-or-nothing). */
  error?: string
}

export type Strategy = (tasks: Task[], clock: () => number) => Promise<StrategyResult>

const kindOf = (error: unknown) => (isApiError(error) ? error.kind : 'error')

function resultOf(deliveries: Delivery[], totalMs: number, error?: string): StrategyResult {
  const firsts = deliveries.filter((d) => d.ok).map((d) => d.atMs)
  return {
    totalMs,
    firstDataMs: firsts.length ? Math.min(...firsts) : null,
    successes: deliveries.filter((d) => d.ok).length,
    deliveries,
    ...(error && { error }),
  }
}

type Settled = { name: string; ok: boolean; kind?: string; omitted?: number }
/** A task's data reached the page: with how much of it was left out, if any. */
const delivered = (name: string, data: unknown): Settled => {
  const omitted = omittedOf(data)
  return omitted ? { name, ok: true, omitted } : { name, ok: true }
}
const settle = (task: Task, signal: AbortSignal): Promise<Settled> =>
  task.run(signal).then(
    (data) => delivered(task.name, data),
    (error: unknown) => ({ name: task.name, ok: false, kind: kindOf(error) }),
  )

/** The "before" code: one request after another. */
export const sequential: Strategy = async (tasks, clock) => {
  const start = clock()
  const deliveries: Delivery[] = []
  for (const task of tasks) {
    const settled = await settle(task, new AbortController().signal)
    deliveries.push({ ...settled, atMs: clock() - start })
  }
  return resultOf(deliveries, clock() - start)
}

/** gather(return_exceptions=True): all at once, but nothing reaches the page until the last one. */
export const allSettled: Strategy = async (tasks, clock) => {
  const start = clock()
  const results = await Promise.allSettled(tasks.map((task) => task.run(new AbortController().signal)))
  const atMs = clock() - start
  const deliveries = results.map((result, i) =>
    result.status === 'fulfilled'
      ? { ...delivered(tasks[i].name, result.value), atMs }
      : { name: tasks[i].name, atMs, ok: false, kind: kindOf(result.reason) },
  )
  return resultOf(deliveries, atMs)
}

/** gather strict / wait(FIRST_EXCEPTION): the first failure cancels the rest and fails the whole. */
export const allOrNothing: Strategy = async (tasks, clock) => {
  const start = clock()
  const controller = new AbortController()
  try {
    const data = await Promise.all(
      tasks.map((task) =>
        task.run(controller.signal).catch((error: unknown) => {
          throw Object.assign(new Error(`${task.name}: ${kindOf(error)}`), { cause: error })
        }),
      ),
    )
    const atMs = clock() - start
    return resultOf(
      tasks.map((task, i) => ({ ...delivered(task.name, data[i]), atMs })),
      atMs,
    )
  } catch (error) {
    controller.abort()
    const atMs = clock() - start
    return resultOf([], atMs, error instanceof Error ? error.message : String(error))
  }
}

/** wait(FIRST_COMPLETED) in a loop: race what is pending, handle the winner, repeat. */
export const firstCompleted: Strategy = async (tasks, clock) => {
  const start = clock()
  const pending = new Map(tasks.map((task) => [task.name, settle(task, new AbortController().signal)]))
  const deliveries: Delivery[] = []
  while (pending.size > 0) {
    const winner = await Promise.race(pending.values())
    pending.delete(winner.name)
    deliveries.push({ ...winner, atMs: clock() - start })
  }
  return resultOf(deliveries, clock() - start)
}

/** Yields each promise's outcome in the order they settle: asyncio.as_completed for promises. */
export async function* asCompleted<T>(promises: Promise<T>[]): AsyncGenerator<T> {
  const queue: T[] = []
  let wake: (() => void) | undefined
  promises.forEach((promise) =>
    promise.then((value) => {
      queue.push(value)
      wake?.()
    }),
  )
  for (let remaining = promises.length; remaining > 0; remaining--) {
    if (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve))
    yield queue.shift()!
  }
}

/** as_completed: show each result the moment it arrives. This is what the dashboard does. */
export const progressive: Strategy = async (tasks, clock) => {
  const start = clock()
  const deliveries: Delivery[] = []
  for await (const settled of asCompleted(tasks.map((task) => settle(task, new AbortController().signal)))) {
    deliveries.push({ ...settled, atMs: clock() - start })
  }
  return resultOf(deliveries, clock() - start)
}

export const strategies: { id: string; label: string; counterpart: string; run: Strategy }[] = [
  { id: 'sequential', label: 'Sequential', counterpart: 'the "before" code', run: sequential },
  {
    id: 'all-settled',
    label: 'All at once, tolerant (Promise.allSettled)',
    counterpart: 'gather(return_exceptions=True)',
    run: allSettled,
  },
  {
    id: 'all-or-nothing',
    label: 'All-or-nothing (Promise.all)',
    counterpart: 'gather strict / FIRST_EXCEPTION',
    run: allOrNothing,
  },
  {
    id: 'first-completed',
    label: 'First-completed loop (Promise.race)',
    counterpart: 'wait(FIRST_COMPLETED)',
    run: firstCompleted,
  },
  { id: 'progressive', label: 'Progressive', counterpart: 'as_completed (the dashboard)', run: progressive },
]
