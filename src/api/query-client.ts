import { focusManager, notifyManager, onlineManager, QueryClient } from '@tanstack/react-query'

// TanStack pauses a retry while the tab counts as unfocused, which would leave a dashboard opened
// in a background tab waiting with no bound. So the page always counts as focused (every retry
// keeps to its section's time budget), and focusManager is told only when the tab comes back into
// view: that is what refetches stale data on focus (refetchOnWindowFocus, from the endpoint table).
focusManager.setFocused(true)
focusManager.setEventListener((handleFocus) => {
  const onVisibilityChange = () => {
    if (document.visibilityState === 'visible') handleFocus()
  }
  globalThis.document?.addEventListener('visibilitychange', onVisibilityChange)
  return () => globalThis.document?.removeEventListener('visibilitychange', onVisibilityChange)
})

// onlineManager assumes online until an event says otherwise; a page opened offline starts offline.
if (globalThis.navigator?.onLine === false) onlineManager.setOnline(false)

// TanStack hands settled queries to React in a setTimeout by default, a macrotask (and a clamped
// one under load) between an answer and its render; a microtask still batches within the task.
notifyManager.setScheduler(queueMicrotask)

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // 'always': a request made while the browser is offline fails as `offline` and says so,
        // instead of pausing silently behind a skeleton. Coming back online still refetches
        // (refetchOnReconnect, see query-policy.ts): onlineManager tells every query.
        networkMode: 'always',
      },
    },
  })
}
