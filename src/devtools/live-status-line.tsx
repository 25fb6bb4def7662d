import { useQueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { endpoints } from '../api/endpoints'
import { liveStatus, subscribeLiveStatus, type LiveStatus } from '../api/live-status'

const polling = `notifications poll every ${(endpoints.notifications.refresh.everyMs ?? 0) / 1000} s`

/** What the live channel is doing, in a developer's words. */
export function describeLiveStatus(status: LiveStatus | undefined): string {
  switch (status?.state) {
    case undefined:
      return 'not started yet (it opens after the first render).'
    case 'off':
      return `none: the page's setting has no socket, so ${polling}.`
    case 'connecting':
      return `connecting to ${status.url}…`
    case 'open':
      return `open at ${status.url}; pushes come in as they happen.`
    case 'offline':
      return `closed while the browser is offline; ${polling} until it is back.`
    case 'retrying':
      return `down (${status.failed} ${status.failed === 1 ? 'try' : 'tries'} so far); trying ${status.url} again with backoff, and ${polling} meanwhile.`
    case 'stopped':
      return `stopped after ${status.failed} failed tries at ${status.url} (refused, or closed at once); ${polling}. It tries again when the tab is shown again or the browser comes back online.`
  }
}

/** The live socket's state, under the Scenarios tab's push button. */
export function LiveStatusLine() {
  const queryClient = useQueryClient()
  const status = useSyncExternalStore(
    (listener) => subscribeLiveStatus(queryClient, listener),
    () => liveStatus(queryClient),
  )
  return (
    <p className="dev-panel__hint" role="status">
      Live socket: {describeLiveStatus(status)}
    </p>
  )
}
