import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { endpointQuery } from '../../../src/api/endpoint-query'
import { endpoints } from '../../../src/api/endpoints'
import type { Locale } from '../../../src/i18n/locale'
import { startNotificationWrites } from '../../../src/sections/notifications/notification-actions'
import { NotificationsSection } from '../../../src/sections/notifications/notifications-section'
import { renderWithClient } from '../../render'

// What the notification-write tests share: the section rendered with its writes started as the page
// starts them (src/app/boot-dashboard.ts, startLiveChannel), and a log of the writes the mock API saw.

export const listKey = endpointQuery(endpoints.notifications).queryKey

/** A write as it reached the mock API, and whether its answer has come back yet. */
export interface SentWrite {
  method: string
  path: string
  body: unknown
  answered: boolean
}

/** Every PATCH and POST the mock API receives from now on (test/setup.ts drops the listeners after each test). */
export function watchWrites(sent: SentWrite[] = []): SentWrite[] {
  const byId = new Map<string, SentWrite>()
  server.events.on('request:start', ({ request, requestId }) => {
    if (request.method === 'GET') return
    const write: SentWrite = {
      method: request.method,
      path: new URL(request.url).pathname,
      body: undefined,
      answered: false,
    }
    sent.push(write)
    byId.set(requestId, write)
    void request
      .clone()
      .json()
      .then((body: unknown) => (write.body = body))
      .catch(() => {})
  })
  server.events.on('request:end', ({ requestId }) => {
    const write = byId.get(requestId)
    if (write) write.answered = true
  })
  return sent
}

/** Just the paths of the writes sent, in order. */
export const pathsOf = (sent: readonly SentWrite[]) => sent.map((write) => `${write.method} ${write.path}`)

type Storage = NonNullable<Parameters<typeof startNotificationWrites>[1]>

/** An in-memory stand-in for localStorage that remembers every value written to it. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  const written: string[] = []
  const storage: Storage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      written.push(value)
      items.set(key, value)
    },
    removeItem: (key) => void items.delete(key),
  }
  return { storage, items, written }
}

const stops: (() => void)[] = []
/**
 * Stops every page's writes a test started. Each file calls it in its own afterEach: with
 * `isolate: false` this module is evaluated once per worker, so a hook registered here would only
 * reach the first file that imported it.
 */
export function stopWrites(): void {
  stops.splice(0).forEach((stop) => stop())
}

/** Starts a page's writes for this client (stopped after the test). */
export function startWrites(client: Parameters<typeof startNotificationWrites>[0], storage?: Storage) {
  const started = startNotificationWrites(client, storage ?? memoryStorage().storage)
  stops.push(started.stop)
  return started
}

/** The notifications section alone, with its writes started as the page starts them. */
export function renderNotifications({ locale = 'en', storage }: { locale?: Locale; storage?: Storage } = {}) {
  const rendered = renderWithClient(<NotificationsSection />, { locale })
  const started = startWrites(rendered.client, storage)
  return { ...rendered, ...started }
}

export const notificationsRegion = (name = 'Notifications') => screen.getByRole('region', { name })
export const badgeText = (region = notificationsRegion()) => region.querySelector('.badge')?.textContent
export const rows = (region = notificationsRegion()) => within(region).getAllByRole('listitem')
/** Whether a row reads as unread (its hidden "(unread)", and its style). */
export const isUnread = (row: HTMLElement) => row.classList.contains('notification--unread')
export const unreadRows = (region = notificationsRegion()) => rows(region).map(isUnread)

/** The notifications list's first answer (300 ms), with a little to spare. */
export const LOADED_MS = 400

/**
 * For a test file of the writes: fake time in each test, the writes the mock API receives (this
 * array, emptied before each test), and the page's writes stopped after it.
 */
export function writesUnderTest(): SentWrite[] {
  const sent: SentWrite[] = []
  beforeEach(() => {
    vi.useFakeTimers()
    sent.length = 0
    watchWrites(sent)
  })
  afterEach(stopWrites)
  return sent
}
