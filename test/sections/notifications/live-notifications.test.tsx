import { onlineManager, type QueryClient } from '@tanstack/react-query'
import { endpointQuery } from '../../../src/api/endpoint-query'
import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { liveNotificationTemplates, notifications as inbox } from '../../../mocks/fixtures'
import { server } from '../../../mocks/node'
import { endpoints } from '../../../src/api/endpoints'
import { checkLiveSetting, LIVE_SETTING_META, liveSocketUrl } from '../../../src/api/live-setting'
import { liveStatus } from '../../../src/api/live-status'
import { isPollingPaused } from '../../../src/api/polling'
import { startLiveChannel } from '../../../src/app/boot-dashboard'
import type { Notification } from '../../../src/api/schemas'
import {
  MAX_FAILED_TRIES,
  SETTLED_MS,
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

describe('a socket whose handshake is refused', () => {
  /** A socket the test opens, drops or refuses, as a server would. */
  class FakeSocket extends EventTarget {
    open = () => this.dispatchEvent(new Event('open'))
    /** The browser's refused handshake: an error, then a close that never followed an open. */
    refuse = () => {
      this.dispatchEvent(new Event('error'))
      this.close()
    }
    close = () => void this.dispatchEvent(new Event('close'))
  }
  let sockets: FakeSocket[]
  let stop: (() => void) | undefined
  let client: QueryClient

  beforeEach(() => {
    vi.useFakeTimers()
    sockets = []
    client = renderWithClient(<NotificationsSection />).client
    stop = startLiveNotifications(client, {
      url: 'ws://localhost/nowhere',
      createSocket: () => sockets[sockets.push(new FakeSocket()) - 1] as unknown as WebSocket,
    })
  })
  afterEach(() => {
    stop?.()
    stop = undefined
    onlineManager.setOnline(true)
  })

  const latest = () => sockets.at(-1)!
  /** Refuses every handshake asked for in the next `ms`. */
  const refuseFor = async (ms: number) => {
    for (let waited = 0; waited < ms; waited += 100) {
      if (sockets.length > 0 && !refused.has(latest())) {
        refused.add(latest())
        latest().refuse()
      }
      await advance(100)
    }
  }
  const refused = new Set<FakeSocket>()
  const polls = () => (isPollingPaused(client, 'notifications') ? false : endpoints.notifications.refresh.everyMs)

  test(`it is tried ${MAX_FAILED_TRIES} times, then left alone, with polling standing in and the status saying so`, async () => {
    await refuseFor(10 * 60_000) // ten minutes of backoff would have allowed many more
    expect(sockets).toHaveLength(MAX_FAILED_TRIES)
    expect(polls()).toBe(endpoints.notifications.refresh.everyMs)
    expect(liveStatus(client)).toEqual({ state: 'stopped', url: 'ws://localhost/nowhere', failed: 3 })
  })

  test('the tab shown again, or the browser back online, allows as many tries again', async () => {
    await refuseFor(60_000)
    document.dispatchEvent(new Event('visibilitychange'))
    await refuseFor(60_000)
    expect(sockets).toHaveLength(2 * MAX_FAILED_TRIES)
    onlineManager.setOnline(false)
    await refuseFor(60_000)
    expect(sockets).toHaveLength(2 * MAX_FAILED_TRIES) // none while offline
    onlineManager.setOnline(true)
    await refuseFor(60_000)
    expect(sockets).toHaveLength(3 * MAX_FAILED_TRIES)
    expect(liveStatus(client)?.state).toBe('stopped')
  })

  test('the tab shown again while it is still trying changes nothing', async () => {
    latest().refuse()
    refused.add(latest())
    document.dispatchEvent(new Event('visibilitychange'))
    await advance(0)
    expect(sockets).toHaveLength(1) // the next try waits for its backoff
    expect(liveStatus(client)?.state).toBe('retrying')
  })

  test('a socket that opened, stayed and then dropped is no failed try: it reconnects, and such a socket starts the count afresh', async () => {
    for (let round = 0; round < 5; round++) {
      latest().open()
      await advance(SETTLED_MS)
      latest().close() // dropped after a while
      await advance(30_000)
    }
    expect(sockets).toHaveLength(6)
    // Two refusals, a socket that stays a while, then two more: never three in a row, so it keeps trying.
    for (const step of ['refuse', 'refuse', 'open', 'drop', 'refuse', 'refuse'] as const) {
      if (step === 'refuse') latest().refuse()
      else if (step === 'open') latest().open()
      else latest().close()
      await advance(step === 'open' ? SETTLED_MS : 30_000)
    }
    expect(sockets).toHaveLength(11)
    expect(liveStatus(client)?.state).toBe('connecting')
  })

  test('a socket that opens and closes at once is a failed try (MSW standing in for an address it doesn’t mock)', async () => {
    for (let tried = 1; tried <= MAX_FAILED_TRIES; tried++) {
      expect(sockets).toHaveLength(tried)
      latest().open()
      await advance(10)
      latest().close()
      await advance(30_000)
    }
    await advance(10 * 60_000)
    expect(sockets).toHaveLength(MAX_FAILED_TRIES)
    expect(liveStatus(client)?.state).toBe('stopped')
  })

  test('going offline closes the socket without counting a refusal', async () => {
    latest().open()
    expect(polls()).toBe(false)
    onlineManager.setOnline(false)
    await advance(0)
    expect(liveStatus(client)?.state).toBe('offline')
    expect(polls()).toBe(endpoints.notifications.refresh.everyMs)
    onlineManager.setOnline(true)
    await advance(0)
    expect(sockets).toHaveLength(2)
    expect(liveStatus(client)?.state).toBe('connecting')
  })
})

describe('the page’s live setting', () => {
  const page = (content?: string) => {
    const doc = document.implementation.createHTMLDocument()
    if (content !== undefined) {
      const meta = doc.createElement('meta')
      meta.name = LIVE_SETTING_META
      meta.content = content
      doc.head.append(meta)
    }
    const base = doc.createElement('base')
    base.href = 'https://shop.example/dashboard/'
    doc.head.append(base)
    return doc
  }

  test.each<[string | undefined, string | undefined]>([
    [undefined, undefined],
    ['off', undefined],
    ['', undefined],
    ['/api/notifications/live', 'wss://shop.example/api/notifications/live'],
    ['/nowhere', 'wss://shop.example/nowhere'],
    ['http://live.example:8080/socket', 'ws://live.example:8080/socket'],
    ['wss://live.example/socket', 'wss://live.example/socket'],
    ['ftp://live.example/socket', undefined],
  ])('%j names the socket %j', (content, url) => {
    expect(liveSocketUrl(page(content))).toBe(url)
  })

  test.each([
    ['', 'off'],
    ['off', 'off'],
    ['/api/notifications/live', '/api/notifications/live'],
    ['https://live.example/socket', 'https://live.example/socket'],
  ])('%j is a setting: %j', (value, setting) => {
    expect(checkLiveSetting(value)).toEqual({ setting })
  })

  test.each(['//elsewhere.example/socket', 'javascript:alert(1)', 'api/notifications/live', 'ftp://x.example/'])(
    '%j is refused, with what is accepted',
    (value) => {
      expect(checkLiveSetting(value)).toEqual({ problem: expect.stringContaining('"off", a path') })
    },
  )

  test('a page without a socket opens none, and the 60 s polling carries on', async () => {
    vi.useFakeTimers()
    const created = vi.spyOn(globalThis, 'WebSocket')
    const { client } = renderWithClient(<NotificationsSection />)
    startLiveChannel({ queryClient: client, restored: false }, undefined)
    await vi.dynamicImportSettled()
    await advance(400)
    expect(created).not.toHaveBeenCalled()
    expect(liveStatus(client)).toEqual({ state: 'off' })
    expect(isPollingPaused(client, 'notifications')).toBe(false)
  })
})
