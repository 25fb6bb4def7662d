import { onlineManager, type QueryClient } from '@tanstack/react-query'
import * as v from 'valibot'
import type { ListAnswer } from '../../api/answer'
import { endpointQuery } from '../../api/endpoint-query'
import { endpoints, liveNotifications } from '../../api/endpoints'
import { apiBaseUrl } from '../../api/get-json'
import { setPollingPaused } from '../../api/polling'
import { sectionKey } from '../../api/query-keys'
import { backoffDelay } from '../../api/retry-policy'
import { notificationSchema, type Notification } from '../../api/schemas'

// New notifications arrive over a WebSocket and go straight into the cache: no refetch. While the
// socket is down, the endpoint table's 60 s polling stands in; it reconnects with backoff.

/** The most notifications kept in the cache; the section shows the newest few. */
const MAX_KEPT = 50

// A picklist of one rather than literal: the schemas ship picklist already, and valibot's code lands in the first chunk.
const liveMessageSchema = v.object({ type: v.picklist(['notification']), notification: notificationSchema })

const newestFirst = (a: Notification, b: Notification) => b.createdAt.localeCompare(a.createdAt)

/**
 * The answer with the incoming notifications added, newest first, each id once; what its body left
 * out stays counted. The same answer when nothing is new; undefined while no list is shown (its
 * first answer will include them).
 */
export function mergeNotifications(
  answer: ListAnswer<Notification> | undefined,
  incoming: Notification[],
): ListAnswer<Notification> | undefined {
  if (answer === undefined) return undefined
  const known = new Set(answer.items.map((notification) => notification.id))
  const fresh = incoming.filter((notification) => !known.has(notification.id) && known.add(notification.id))
  if (fresh.length === 0) return answer
  return { ...answer, items: [...fresh.sort(newestFirst), ...answer.items].slice(0, MAX_KEPT) }
}

/** Merges one pushed notification into the cached list; a duplicate changes nothing, not even the "Updated" time. */
export function receiveNotification(queryClient: QueryClient, notification: Notification): void {
  queryClient.setQueryData(endpointQuery(endpoints.notifications).queryKey, (answer) => {
    const merged = mergeNotifications(answer, [notification])
    return merged === answer ? undefined : merged
  })
}

/** A message from the socket, if it is one we understand; anything else is ignored. */
function readMessage(data: unknown): Notification | undefined {
  try {
    const parsed = v.safeParse(liveMessageSchema, typeof data === 'string' ? JSON.parse(data) : undefined)
    return parsed.success ? parsed.output.notification : undefined
  } catch {
    return undefined
  }
}

export const liveNotificationsUrl = () => `${apiBaseUrl().replace(/^http/, 'ws')}${liveNotifications.path}`

interface LiveOptions {
  url?: string
  createSocket?: (url: string) => WebSocket
}

/**
 * Keeps a socket open while the browser is online (TanStack's onlineManager says when), merging
 * each pushed notification into the cache. Returns a function that closes it for good.
 */
export function startLiveNotifications(
  queryClient: QueryClient,
  { url = liveNotificationsUrl(), createSocket = (at) => new WebSocket(at) }: LiveOptions = {},
): () => void {
  let socket: WebSocket | undefined
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined
  let failedAttempts = 0
  let opened = false
  let stopped = false

  const connect = () => {
    reconnectTimer = undefined
    if (stopped || socket || !onlineManager.isOnline()) return
    let current: WebSocket
    try {
      current = createSocket(url)
    } catch {
      return scheduleReconnect() // a malformed base URL, say: polling carries on
    }
    socket = current
    current.addEventListener('open', () => {
      failedAttempts = 0
      setPollingPaused(queryClient, 'notifications', true)
      // Whatever was pushed while the socket was down comes with one refetch (joining one in flight).
      if (opened)
        void queryClient.invalidateQueries({ queryKey: sectionKey('notifications') }, { cancelRefetch: false })
      opened = true
    })
    current.addEventListener('message', (event) => {
      const notification = readMessage(event.data)
      if (notification) receiveNotification(queryClient, notification)
    })
    current.addEventListener('close', () => {
      if (socket !== current) return
      socket = undefined
      setPollingPaused(queryClient, 'notifications', false)
      scheduleReconnect()
    })
  }

  const scheduleReconnect = () => {
    if (stopped || reconnectTimer !== undefined || !onlineManager.isOnline()) return
    failedAttempts++
    reconnectTimer = setTimeout(connect, backoffDelay(liveNotifications.reconnect, failedAttempts))
  }

  // Offline, the socket is closed rather than left to fail; back online, it reconnects at once.
  const unsubscribeOnline = onlineManager.subscribe((online) => {
    if (online) {
      clearTimeout(reconnectTimer)
      connect()
    } else {
      clearTimeout(reconnectTimer)
      reconnectTimer = undefined
      socket?.close()
    }
  })
  connect()

  return () => {
    stopped = true
    unsubscribeOnline()
    clearTimeout(reconnectTimer)
    const current = socket
    socket = undefined
    current?.close()
    setPollingPaused(queryClient, 'notifications', false)
  }
}
