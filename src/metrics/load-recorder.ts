import type { Query, QueryCache, QueryCacheNotifyEvent } from '@tanstack/react-query'
import { isApiError, type ApiErrorKind } from '../api/api-error'
import { endpointNames, type EndpointName } from '../api/endpoints'
import { sectionOfKey } from '../api/query-keys'

// Records each dashboard load from the query cache's events, outside React: watching a load must
// never re-render a section.

export type SectionOutcome = 'data' | ApiErrorKind | 'unknown'

export interface SectionRecord {
  name: EndpointName
  /** ms on the page's clock (performance.now()), like everything here. */
  startedAt: number
  /** One entry per failed attempt that was retried. */
  failures: { at: number; kind: SectionOutcome }[]
  settledAt?: number
  outcome?: SectionOutcome
  /** 1 for the first section of this load to settle. */
  order?: number
  /** Shown from the data saved on a previous visit, before (or instead of) any request. */
  fromStorage?: true
}

export interface LoadRecord {
  id: number
  startedAt: number
  /** Set once all four sections have settled; a later Retry updates its section but not this. */
  completedAt?: number
  /** The mock scenario it ran under, when there is one. */
  scenario?: string
  sections: Partial<Record<EndpointName, SectionRecord>>
}

export const sectionsOf = (load: LoadRecord): SectionRecord[] =>
  endpointNames.flatMap((name) => (load.sections[name] ? [load.sections[name]] : []))

export const isComplete = (load: LoadRecord) =>
  endpointNames.every((name) => load.sections[name]?.settledAt !== undefined)

/** Time to first data: from the load's start to the first section that settled with data. */
export function timeToFirstData(load: LoadRecord): number | undefined {
  const times = sectionsOf(load).flatMap((s) =>
    s.outcome === 'data' && s.settledAt !== undefined ? [s.settledAt] : [],
  )
  return times.length ? Math.min(...times) - load.startedAt : undefined
}

export function timeToAllSettled(load: LoadRecord): number | undefined {
  if (!isComplete(load)) return undefined
  return Math.max(...sectionsOf(load).map((s) => s.settledAt!)) - load.startedAt
}

const outcomeOf = (error: unknown): SectionOutcome => (isApiError(error) ? error.kind : 'unknown')

const sectionOf = (query: Query): EndpointName | undefined => {
  const name = sectionOfKey(query.queryKey)
  return endpointNames.find((candidate) => candidate === name)
}

export type LoadRecorder = ReturnType<typeof createLoadRecorder>

export function createLoadRecorder(queryCache: QueryCache, { now = () => performance.now() } = {}) {
  let nextId = 1
  let current: LoadRecord = { id: 0, startedAt: now(), sections: {} }
  const changeListeners = new Set<() => void>()
  const settleListeners = new Set<(section: SectionRecord, load: LoadRecord) => void>()
  const completeListeners = new Set<(load: LoadRecord) => void>()

  // Each change replaces the record, so React's useSyncExternalStore sees a new snapshot.
  const update = (name: EndpointName, change: (section: SectionRecord | undefined) => SectionRecord) => {
    current = { ...current, sections: { ...current.sections, [name]: change(current.sections[name]) } }
    changeListeners.forEach((listener) => listener())
  }

  const settle = (name: EndpointName, outcome: SectionOutcome) => {
    const section = current.sections[name]
    if (!section || section.settledAt !== undefined) return
    const order = sectionsOf(current).filter((s) => s.settledAt !== undefined).length + 1
    const settledAt = now()
    update(name, (s) => ({ ...s!, settledAt, outcome, order }))
    const settled = current.sections[name]!
    // DevTools records each entry as it is made; the page's buffer keeps only the latest per
    // section, so a long session of Applies and Retries never piles entries up.
    performance.clearMeasures(`ecomarket:${name}`)
    performance.measure(`ecomarket:${name}`, {
      start: settled.startedAt,
      end: settledAt,
      detail: { outcome, order, attempts: settled.failures.length + 1 },
    })
    performance.clearMarks(`ecomarket:${name}:start`)
    settleListeners.forEach((listener) => listener(settled, current))
    // A load completes once: a later Retry or reconnect refetch must not report it again.
    if (current.completedAt === undefined && isComplete(current)) {
      current = { ...current, completedAt: settledAt }
      completeListeners.forEach((listener) => listener(current))
    }
  }

  const onEvent = (event: QueryCacheNotifyEvent) => {
    const name = sectionOf(event.query)
    if (!name) return
    // Data restored from storage settles its section at once: that is this load's first data.
    if (event.type === 'added' && event.query.state.status === 'success') {
      update(name, () => ({ name, startedAt: now(), failures: [], fromStorage: true }))
      settle(name, 'data')
      return
    }
    if (event.type !== 'updated') return
    const { action } = event
    const settled = current.sections[name]?.settledAt !== undefined
    // Refreshing data already on screen (focus, polling, a revalidated saved answer) is not part of a load.
    if (settled && event.query.state.data !== undefined && (action.type === 'fetch' || action.type === 'failed')) return
    if (action.type === 'fetch') {
      // A fetch for a section still in flight is the same request joined again; otherwise it starts anew.
      if (current.sections[name] && !settled) return
      performance.clearMarks(`ecomarket:${name}:start`) // one left by a request that was cancelled
      performance.mark(`ecomarket:${name}:start`)
      update(name, () => ({ name, startedAt: now(), failures: [] }))
    } else if (action.type === 'failed') {
      const section = current.sections[name]
      if (section)
        update(name, () => ({
          ...section,
          failures: [...section.failures, { at: now(), kind: outcomeOf(action.error) }],
        }))
    } else if (action.type === 'success') {
      settle(name, 'data')
    } else if (action.type === 'error') {
      settle(name, outcomeOf(action.error))
    }
  }
  const unsubscribeCache = queryCache.subscribe(onEvent)

  return {
    /** Starts a new load: the page's (from navigation start, 0) or one after a scenario switch. */
    beginLoad({ startedAt = now(), scenario }: { startedAt?: number; scenario?: string } = {}) {
      current = { id: nextId++, startedAt, scenario, sections: {} }
      changeListeners.forEach((listener) => listener())
    },
    getSnapshot: () => current,
    subscribe(listener: () => void) {
      changeListeners.add(listener)
      return () => void changeListeners.delete(listener)
    },
    onSettle(listener: (section: SectionRecord, load: LoadRecord) => void) {
      settleListeners.add(listener)
      return () => void settleListeners.delete(listener)
    },
    onComplete(listener: (load: LoadRecord) => void) {
      completeListeners.add(listener)
      return () => void completeListeners.delete(listener)
    },
    stop: () => unsubscribeCache(),
  }
}
