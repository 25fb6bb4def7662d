import { onlineManager, type QueryClient } from '@tanstack/react-query'
import * as v from 'valibot'
import type { ListAnswer } from '../../api/answer'
import { endpointQuery } from '../../api/endpoint-query'
import { endpoints, liveNotifications } from '../../api/endpoints'
import { setLiveStatus, type LiveStatus } from '../../api/live-status'
import { setPollingPaused } from '../../api/polling'
import { sectionKey } from '../../api/query-keys'
import { backoffDelay } from '../../api/retry-policy'
import { notificationSchema, type Notification } from '../../api/schemas'

// New notifications arrive over a WebSocket and go straight into the cache: no refetch. While the
// socket is down, the endpoint table's 60 s polling stands in; it reconnects with backoff. Where the
// socket is, or that there is none, is the page's setting (src/api/live-setting.ts).

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

/**
 * Failed tries in a row after which the channel stops trying until the tab is shown again or the
 * browser comes back online. A try fails when its handshake is refused, or when the socket closes
 * within SETTLED_MS of opening: MSW's stand-in for an address it doesn't mock opens at once and
 * closes when the real handshake is refused, and a server that drops every socket at once is no better.
 */
export const MAX_FAILED_TRIES = 3
/** How long a socket must stay open before its close is a drop (reconnected with backoff), not a failed try (ms). */
export const SETTLED_MS = 1_000

interface LiveOptions {
  /** The socket's address, from the page's setting (src/api/live-setting.ts). */
  url: string
  createSocket?: (url: string) => WebSocket
}

/**
 * Keeps a socket open while the browser is online (TanStack's onlineManager says when), merging
 * each pushed notification into the cache. A socket that opened and dropped is reopened with
 * backoff; after MAX_FAILED_TRIES failed tries in a row (the browser logs each refused handshake,
 * and an address with no socket would log forever) it is left alone until the tab is shown again
 * or the browser comes back online. Polling stands in whenever it is down. Returns a function
 * that closes it for good.
 */
export function startLiveNotifications(
  queryClient: QueryClient,
  { url, createSocket = (at) => new WebSocket(at) }: LiveOptions,
): () => void {
  let socket: WebSocket | undefined
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined
  let failedAttempts = 0
  let failedTries = 0
  let opened = false
  let stopped = false
  const report = (status: LiveStatus) => setLiveStatus(queryClient, status)
  const givenUp = () => failedTries >= MAX_FAILED_TRIES

  const connect = () => {
    reconnectTimer = undefined
    if (stopped || socket || givenUp() || !onlineManager.isOnline()) return
    let current: WebSocket
    try {
      current = createSocket(url)
    } catch {
      return tryFailed() // a malformed address, say: polling carries on
    }
    socket = current
    let openedAt: number | undefined
    report({ state: 'connecting', url })
    current.addEventListener('open', () => {
      openedAt = Date.now()
      failedAttempts = 0
      report({ state: 'open', url })
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
      if (!onlineManager.isOnline()) return // closed for going offline: the online event reopens it
      if (openedAt === undefined || Date.now() - openedAt < SETTLED_MS) return tryFailed()
      failedTries = 0
      scheduleReconnect()
    })
  }

  const tryFailed = () => {
    failedTries++
    if (givenUp()) report({ state: 'stopped', url, failed: failedTries })
    else scheduleReconnect()
  }

  const scheduleReconnect = () => {
    if (stopped || reconnectTimer !== undefined || !onlineManager.isOnline()) return
    failedAttempts++
    report({ state: 'retrying', url, failed: failedAttempts })
    reconnectTimer = setTimeout(connect, backoffDelay(liveNotifications.reconnect, failedAttempts))
  }

  /** The browser's word that things may have changed: tries and backoff start afresh, now. */
  const tryAfresh = () => {
    failedTries = 0
    failedAttempts = 0
    clearTimeout(reconnectTimer)
    connect()
  }

  // Offline, the socket is closed rather than left to fail; back online, it reconnects at once.
  const unsubscribeOnline = onlineManager.subscribe((online) => {
    if (online) return tryAfresh()
    clearTimeout(reconnectTimer)
    reconnectTimer = undefined
    report({ state: 'offline', url })
    socket?.close()
  })
  const onVisibility = () => {
    if (document.visibilityState !== 'hidden' && givenUp()) tryAfresh()
  }
  document.addEventListener('visibilitychange', onVisibility)
  connect()

  return () => {
    stopped = true
    unsubscribeOnline()
    document.removeEventListener('visibilitychange', onVisibility)
    clearTimeout(reconnectTimer)
    const current = socket
    socket = undefined
    current?.close()
    setPollingPaused(queryClient, 'notifications', false)
  }
}
