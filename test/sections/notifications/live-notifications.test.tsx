import { onlineManager, type QueryClient } from '@tanstack/react-query'
import { endpointQuery } from '../../../src/api/endpoint-query'
import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { liveNotificationTemplates, notifications as inbox } from '../../../mocks/fixtures'
import { server } from '../../../mocks/node'
import { endpoints } from '../../../src/api/endpoints'
import { isPollingPaused } from '../../../src/api/polling'
import type { Notification } from '../../../src/api/schemas'
import {
  mergeNotifications,
  receiveNotification,
  startLiveNotifications,
} from '../../../src/sections/notifications/live-notifications'
import { NotificationsSection } from '../../../src/sections/notifications/notifications-section'
import { advance, renderWithClient, setScenarioFromUrl } from '../../render'

const LIVE_URL = 'ws://localhost/api/notifications/live'
const listKey = endpointQuery(endpoints.notifications).queryKey

const pushed = (id: string, minutesAgo = 0): Notification => ({
  id,
  type: 'order',
  text: `Pushed ${id}`,
  createdAt: new Date(Date.parse('2026-11-28T12:00:00Z') - minutesAgo * 60_000).toISOString(),
  read: false,
})

describe('merging pushed notifications', () => {
  test('new ones go first, newest first, and an id is never listed twice', () => {
    const answer = { items: [pushed('a', 10), pushed('b', 20)], omitted: 2 }
    const merged = mergeNotifications(answer, [pushed('c', 5), pushed('d', 1), pushed('a', 10), pushed('d', 1)])
    expect(merged!.items.map((n) => n.id)).toEqual(['d', 'c', 'a', 'b'])
    expect(merged!.omitted).toBe(2) // what the body left out stays counted
  })

  test('nothing new gives back the very same list; no list yet stays no list', () => {
    const answer = { items: [pushed('a')], omitted: 0 }
    expect(mergeNotifications(answer, [pushed('a')])).toBe(answer)
    expect(mergeNotifications(undefined, [pushed('a')])).toBeUndefined()
  })

  test('a duplicate push changes nothing in the cache, not even when it was updated', async () => {
    vi.useFakeTimers()
    const { client } = renderWithClient(<NotificationsSection />)
    await advance(400)
    receiveNotification(client, pushed('n-live-1'))
    const after = client.getQueryState(listKey)!.dataUpdatedAt
    await advance(5_000)
    receiveNotification(client, pushed('n-live-1'))
    expect(client.getQueryState(listKey)!.dataUpdatedAt).toBe(after)
    expect(client.getQueryData(listKey)!.items.filter((n) => n.id === 'n-live-1')).toHaveLength(1)
  })
})

describe('the live socket (MSW ws in mock mode)', () => {
  let stop: (() => void) | undefined
  let notificationRequests = 0

  beforeEach(() => {
    vi.useFakeTimers()
    notificationRequests = 0
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname === endpoints.notifications.path) notificationRequests++
    })
  })
  afterEach(() => {
    stop?.()
    stop = undefined
    onlineManager.setOnline(true)
  })

  const renderLive = (search: string) => {
    setScenarioFromUrl(search)
    const { client } = renderWithClient(<NotificationsSection />)
    stop = startLiveNotifications(client, { url: LIVE_URL })
    return client
  }
  const section = () => screen.getByRole('region', { name: 'Notifications' })
  let client: QueryClient
  /** How often the notifications poll now in this test's client: the table's interval, or never while the socket stands in. */
  const pollsEvery = () => (isPollingPaused(client, 'notifications') ? false : endpoints.notifications.refresh.everyMs)

  test('?live=500 shows a pushed notification with the badge updated and announced once, with no refetch', async () => {
    renderLive('?live=500')
    await advance(400)
    expect(within(section()).getByText('3 unread')).toBeVisible()
    await advance(200)
    expect(within(section()).getByText('4 unread')).toBeVisible()
    const first = within(section()).getAllByRole('listitem')[0]
    expect(first).toHaveTextContent(liveNotificationTemplates[0].text)
    expect(first).toHaveTextContent('Order (unread)')
    const announcer = within(section())
      .getAllByRole('status')
      .find((s) => s.textContent?.startsWith('New notification'))
    expect(announcer).toHaveTextContent(`New notification. Order: ${liveNotificationTemplates[0].text}`)
    await advance(500)
    expect(within(section()).getByText('5 unread')).toBeVisible()
    expect(announcer).toHaveTextContent(`New notification. Offer: ${liveNotificationTemplates[1].text}`)
    expect(notificationRequests).toBe(1) // merged with setQueryData: the list was fetched once
    // The list keeps its five rows; the oldest of the first answer scrolled out.
    expect(within(section()).getAllByRole('listitem')).toHaveLength(5)
    expect(section()).not.toHaveTextContent(inbox()[4].text)
  })

  test('polling stands down while the socket is up, and resumes while it is down', async () => {
    client = renderLive('?live=off')
    expect(pollsEvery()).toBe(endpoints.notifications.refresh.everyMs)
    await advance(400)
    expect(pollsEvery()).toBe(false)
    await advance(3 * 60_000)
    expect(notificationRequests).toBe(1)
  })

  test('?live=1000,drop@300: the dropped socket polls, reconnects with backoff, catches up once, and keeps pushing', async () => {
    client = renderLive('?live=1000,drop@300')
    await advance(400) // dropped at 300 ms
    expect(pollsEvery()).toBe(endpoints.notifications.refresh.everyMs)
    await advance(500) // the first retry waits at most 500 ms
    expect(pollsEvery()).toBe(false)
    await advance(400) // the catch-up refetch (300 ms)
    expect(notificationRequests).toBe(2)
    expect(within(section()).getByText('3 unread')).toBeVisible()
    await advance(1_000)
    expect(within(section()).getByText('4 unread')).toBeVisible()
    expect(section()).toHaveAttribute('aria-busy', 'false')
  })

  test('offline, the socket closes and the 60 s polling stands in; back online, it reconnects at once', async () => {
    client = renderLive('?live=off')
    await advance(400)
    onlineManager.setOnline(false)
    await advance(0)
    expect(pollsEvery()).toBe(endpoints.notifications.refresh.everyMs)
    await advance(endpoints.notifications.refresh.everyMs! + 400)
    expect(notificationRequests).toBe(2) // one poll
    onlineManager.setOnline(true)
    await advance(50)
    expect(pollsEvery()).toBe(false)
  })
})
