import { useMutation, useMutationState, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useSyncExternalStore, type MouseEvent } from 'react'
import { isApiError } from '../../api/api-error'
import { endpointQuery } from '../../api/endpoint-query'
import { endpoints } from '../../api/endpoints'
import { type WriteName, type WriteVariables } from '../../api/writes'
import { sectionKey } from '../../api/query-keys'
import type { Notification } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n-context'
import { SectionFreshness, type SectionFreshnessProps } from '../../ui/section-freshness'
import {
  idsOf,
  installWriteDefaults,
  keepPendingWritesShown,
  showPendingWrites,
  writeKey,
  writeOf,
  type AnyWriteVariables,
} from './notification-writes'
import { liveSocketUrl } from '../../api/live-setting'
import { setLiveStatus } from '../../api/live-status'
import { startLiveNotifications } from './live-notifications'
import { NewNotificationsAnnouncer } from './new-notifications-announcer'
import { keepWritesAcrossVisits } from './pending-writes-storage'

// What the notifications section can do, loaded once the page is hydrated (src/ui/use-after-hydration.ts),
// so none of it weighs on the first render: Mark as read, Mark all as read, the note when a write
// failed, and what a screen reader hears about it.

const listKey = endpointQuery(endpoints.notifications).queryKey

/** What the page starts once rendered: the live channel (at the page's socket, if it has one), and the writes. */
export function startNotificationsAfterRender(queryClient: QueryClient, liveUrl = liveSocketUrl()): void {
  if (liveUrl) startLiveNotifications(queryClient, { url: liveUrl })
  else setLiveStatus(queryClient, { state: 'off' })
  startNotificationWrites(queryClient)
}

type WritesHandle = { ready: Promise<unknown>; stop: () => void }

// Once per page's client: a second start would restore the same stored writes and send each twice.
const startedWrites = new WeakMap<QueryClient, WritesHandle>()

/**
 * Starts the writes for a page: their defaults, the merge rule, the writes a closed page left
 * unsent (restored, then sent once online) and their storage. Returns the stop. Starting them
 * again for the same client returns the first start's handle.
 */
export function startNotificationWrites(
  queryClient: QueryClient,
  storage?: Parameters<typeof keepWritesAcrossVisits>[1],
): WritesHandle {
  const running = startedWrites.get(queryClient)
  if (running) return running
  installWriteDefaults(queryClient)
  const stopMerging = keepPendingWritesShown(queryClient)
  const saving = keepWritesAcrossVisits(queryClient, storage)
  const ready = saving.restored.then(() => {
    showPendingWrites(queryClient)
    return queryClient.resumePausedMutations()
  })
  const handle = {
    ready,
    stop: () => {
      startedWrites.delete(queryClient)
      stopMerging()
      saving.stop()
    },
  }
  startedWrites.set(queryClient, handle)
  return handle
}

// The polite announcement after a write is asked for, outside the list (which is redrawn with each new copy).
let announcement = ''
const listeners = new Set<() => void>()
function announce(text: string) {
  // The same words again (a second try) must still be a change for screen readers to read it.
  announcement = text === announcement ? `${text}\u00a0` : text
  listeners.forEach((listener) => listener())
}
const subscribeToAnnouncements = (listener: () => void) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/**
 * What the section says politely, in its header (outside the list, which is redrawn with each new
 * copy): each notification that arrives, and what a write did. Both statuses are there before
 * anything is said in them.
 */
export function Announcers({ notifications }: { notifications: Notification[] }) {
  const { t } = useI18n()
  const text = useSyncExternalStore(
    subscribeToAnnouncements,
    () => announcement,
    () => '',
  )
  return (
    <>
      <NewNotificationsAnnouncer notifications={notifications} describe={(n) => `${t(n.type)}: ${n.text}`} />
      <span role="status" className="visually-hidden">
        {text}
      </span>
    </>
  )
}

/** The writes, with their defaults in place however this module was reached. */
function useWrite<Name extends WriteName>(name: Name) {
  const queryClient = useQueryClient()
  installWriteDefaults(queryClient)
  return useMutation<void, Error, WriteVariables[Name]>({ mutationKey: writeKey(name) })
}

/** How many notifications of the list will be unread once these are marked. */
function unreadAfter(queryClient: QueryClient, marking: readonly string[]): number {
  const items = queryClient.getQueryData(listKey)?.items ?? []
  return items.filter((item) => !item.read && !marking.includes(item.id)).length
}

/** The notifications whose write waits for the network (paused offline). */
function useWaitingIds(): ReadonlySet<string> {
  const ids = useMutationState({
    filters: { mutationKey: sectionKey('notifications'), status: 'pending', predicate: (m) => m.state.isPaused },
    select: (mutation) => idsOf(mutation.state.variables as AnyWriteVariables),
  })
  return new Set(ids.flat())
}

/** Where focus goes when this button is about to disappear: the next unread notification's button, else the section's heading. */
function moveFocusOn(button: HTMLElement) {
  const section = button.closest('section')
  const buttons = [...(section?.querySelectorAll<HTMLElement>('.notification__mark') ?? [])]
  const at = buttons.indexOf(button)
  const next = buttons[at + 1] ?? buttons[at - 1]
  ;(next ?? section?.querySelector<HTMLElement>('h2'))?.focus()
}

/** One notification's action: Mark as read while unread; once marked offline, that it will be sent later. */
export function MarkReadButton({ notification, describedBy }: { notification: Notification; describedBy: string }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const { mutate } = useWrite('markRead')
  const waiting = useWaitingIds().has(notification.id)
  if (waiting) return <span className="notification__sync">{t('willSync')}</span>
  if (notification.read) return null
  const markRead = (event: MouseEvent<HTMLButtonElement>) => {
    moveFocusOn(event.currentTarget)
    announce(t('markedRead', { count: unreadAfter(queryClient, [notification.id]) }))
    mutate({ id: notification.id, read: true })
  }
  return (
    <button
      type="button"
      className="button button--quiet notification__mark"
      aria-describedby={describedBy}
      onClick={markRead}
    >
      {t('markRead')}
    </button>
  )
}

/** Marks every unread notification the list holds now; one that arrives later stays unread. */
export function MarkAllReadButton({ notifications }: { notifications: readonly Notification[] }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const { mutate } = useWrite('markAllRead')
  const ids = notifications.filter((notification) => !notification.read).map((notification) => notification.id)
  if (ids.length === 0) return null
  const markAll = (event: MouseEvent<HTMLButtonElement>) => {
    event.currentTarget.closest('section')?.querySelector<HTMLElement>('h2')?.focus()
    announce(t('markedAllRead', { count: unreadAfter(queryClient, ids) }))
    mutate({ ids })
  }
  return (
    <button type="button" className="button button--quiet button--small" onClick={markAll}>
      {t('markAllRead')}
    </button>
  )
}

/**
 * The section's footer, which says, like a failed background refresh, when a write failed (its
 * notifications are unread again) and offers Retry, which sends the same write again.
 */
export function NotificationsFooter(props: SectionFreshnessProps) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const markRead = useWrite('markRead')
  const markAllRead = useWrite('markAllRead')
  // The writes that settled, in the order they were asked for: the note speaks of the last one if it failed.
  const settled = useMutationState({
    filters: { mutationKey: sectionKey('notifications'), predicate: (m) => m.state.status !== 'pending' },
    select: (mutation) => ({ id: mutation.mutationId, write: writeOf(mutation), state: mutation.state }),
  })
  const last = settled
    .filter((write) => write.write)
    .sort((a, b) => a.state.submittedAt - b.state.submittedAt)
    .at(-1)
  if (last?.state.status !== 'error' || !last.write) return <SectionFreshness {...props} />
  const variables = last.state.variables as AnyWriteVariables
  const { error } = last.state
  const retry = () => {
    const failed = queryClient.getMutationCache().find({ predicate: (m) => m.mutationId === last.id })
    if (failed) queryClient.getMutationCache().remove(failed)
    if ('ids' in variables) markAllRead.mutate(variables)
    else markRead.mutate(variables)
  }
  const reason = isApiError(error) ? t(`refreshFailed.${error.kind}`) : t('refreshFailed.other')
  return (
    <SectionFreshness
      {...props}
      note={{ text: t('markReadFailed', { count: idsOf(variables).length, reason }), onRetry: retry }}
    />
  )
}
