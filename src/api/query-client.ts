import { focusManager, notifyManager, QueryClient } from '@tanstack/react-query'

// TanStack pauses retries while the tab is hidden, which would leave a dashboard opened in a
// background tab waiting with no bound. Nothing here refetches on focus, so the page counts as
// always focused and every retry keeps to its section's time budget.
focusManager.setEventListener(() => undefined)
focusManager.setFocused(true)

// TanStack hands settled queries to React in a setTimeout by default, a macrotask (and a clamped
// one under load) between an answer and its render; a microtask still batches within the task.
notifyManager.setScheduler(queueMicrotask)

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // 'always': a request made while the browser is offline fails as `offline` and says so,
        // instead of pausing silently behind a skeleton.
        networkMode: 'always',
        refetchOnWindowFocus: false,
      },
    },
  })
}
