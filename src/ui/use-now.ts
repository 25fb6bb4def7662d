import { useSyncExternalStore } from 'react'
import { useSectionHtml } from './section-html'
import { useHydrated } from './use-hydrated'

// One clock for every relative time on the page ("Updated 2 min ago", "4 minutes ago"): a single
// timer, and only the components that show a time re-render when it ticks.
const TICK_MS = 15_000

let ticks = 0
/** 0 while nothing shows a time: a first render then goes by its data's own time instead. */
let now = 0
let timer: ReturnType<typeof setInterval> | undefined
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (timer === undefined) {
    // Set without a tick, so the components that just rendered don't render again for it.
    now = Date.now()
    timer = setInterval(() => {
      now = Date.now()
      ticks++
      listeners.forEach((notify) => notify())
    }, TICK_MS)
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size > 0) return
    clearInterval(timer)
    timer = undefined
    now = 0
  }
}

/**
 * The time now (ms since the epoch), updated every 15 s; never earlier than `atLeast`, such as when
 * the data arrived. A section the server rendered uses the server's time until hydrated, so both
 * draw the same relative times whatever the browser's clock says.
 */
export function useNow(atLeast: number): number {
  useSyncExternalStore(
    subscribe,
    () => ticks,
    () => ticks,
  )
  const { renderedAt } = useSectionHtml()
  const hydrated = useHydrated()
  return !hydrated && renderedAt !== undefined ? renderedAt : Math.max(now, atLeast)
}
