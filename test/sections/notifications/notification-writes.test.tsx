import { fireEvent, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { notifications as inbox } from '../../../mocks/fixtures'
import { server } from '../../../mocks/node'
import { mockInbox } from '../../../mocks/scenario-store'
import type { Notification } from '../../../src/api/schemas'
import { receiveNotification } from '../../../src/sections/notifications/live-notifications'
import { applyPendingWrites, writeKey } from '../../../src/sections/notifications/notification-writes'
import { advance, setScenarioFromUrl } from '../../render'
import {
  badgeText,
  listKey,
  notificationsRegion,
  pathsOf,
  renderNotifications,
  unreadRows,
  writesUnderTest,
  LOADED_MS,
} from './writes-harness'

// The merge rule: a write not yet settled wins over any copy of the same notification that arrives
// meanwhile (a refetch, a poll, a live push, a copy set from elsewhere), so nothing flips back to
// unread mid-write; once it settles, what the API says wins again.

const sent = writesUnderTest()
const markFirst = () =>
  fireEvent.click(within(notificationsRegion()).getAllByRole('button', { name: 'Mark as read' })[0])

describe('applyPendingWrites', () => {
  const list = { items: inbox(), omitted: 0 }

  test('marks read only the ids a pending write marks, leaving the rest as they came', () => {
    const merged = applyPendingWrites(list, new Set(['n-offer']))!
    expect(merged.items.map((n) => [n.id, n.read])).toEqual([
      ['n-ship', false],
      ['n-offer', true],
      ['n-tip', false],
      ['n-points', true],
      ['n-delivered', true],
    ])
    expect(merged.items[0]).toBe(list.items[0])
    expect(merged.omitted).toBe(0)
  })

  test('gives back the very same list when nothing would change, and no list stays no list', () => {
    expect(applyPendingWrites(list, new Set())).toBe(list)
    expect(applyPendingWrites(list, new Map([['n-points', 1]]))).toBe(list) // read already
    expect(applyPendingWrites(list, new Set(['n-not-listed']))).toBe(list)
    expect(applyPendingWrites(undefined, new Set(['n-ship']))).toBeUndefined()
  })
})

describe('while a write is pending', () => {
  test('a refetch whose answer still says unread does not flip the item back', async () => {
    setScenarioFromUrl('?mark-read=2000')
    const { client } = renderNotifications()
    await advance(LOADED_MS)
    markFirst()
    await advance(0)
    const fetchedAt = client.getQueryState(listKey)!.dataUpdatedAt
    fireEvent.click(within(notificationsRegion()).getByRole('button', { name: 'Refresh Notifications' }))
    await advance(LOADED_MS)
    // The API hasn't applied the write yet (its answer is 2 s away): the refetch did land with n-ship unread.
    expect(client.getQueryState(listKey)!.dataUpdatedAt).toBeGreaterThan(fetchedAt)
    expect(sent[0].answered).toBe(false)
    expect(unreadRows()).toEqual([false, true, true, false, false])
    expect(badgeText()).toBe('2 unread')
    expect(client.getQueryData(listKey)!.items[0]).toMatchObject({ id: 'n-ship', read: true })
  })

  test('a live push, or a whole copy of the list set from elsewhere, carrying read: false for it, does not either', async () => {
    setScenarioFromUrl('?mark-read=2000')
    const { client } = renderNotifications()
    await advance(LOADED_MS)
    markFirst()
    await advance(0)
    const stale = inbox().find((n) => n.id === 'n-ship')!
    expect(stale.read).toBe(false)
    receiveNotification(client, stale)
    const pushed: Notification = {
      ...stale,
      id: 'n-new',
      text: 'Pushed meanwhile',
      createdAt: new Date().toISOString(),
    }
    receiveNotification(client, pushed)
    await advance(0)
    expect(badgeText()).toBe('3 unread') // the new one, n-offer and n-tip
    expect(unreadRows()).toEqual([true, false, true, true, false])
    client.setQueryData(listKey, { items: inbox(), omitted: 0 })
    await advance(0)
    expect(unreadRows()).toEqual([false, true, true, false, false])
    expect(badgeText()).toBe('2 unread')
  })

  test('the list’s fetch in flight is cancelled before the change is made, so its answer never lands on it', async () => {
    setScenarioFromUrl('?mark-read=2000')
    const { client } = renderNotifications()
    await advance(LOADED_MS)
    const fetchedAt = client.getQueryState(listKey)!.dataUpdatedAt
    const gets: Request[] = []
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'GET' && new URL(request.url).pathname === '/api/notifications') gets.push(request)
    })
    // What the list's query was doing at the moment the optimistic change reached the cache.
    let fetchingWhenChanged: string | undefined
    const stop = client.getQueryCache().subscribe(({ query }) => {
      const read = (query.state.data as { items?: Notification[] } | undefined)?.items?.[0]?.read
      if (fetchingWhenChanged === undefined && query.queryHash === '["notifications","list"]' && read === true)
        fetchingWhenChanged = query.state.fetchStatus
    })
    void client.refetchQueries({ queryKey: listKey })
    await advance(100)
    expect(client.getQueryState(listKey)!.fetchStatus).toBe('fetching')
    markFirst()
    await advance(0)
    stop()
    expect(fetchingWhenChanged).toBe('idle')
    expect(gets).toHaveLength(1)
    expect(gets[0].signal.aborted).toBe(true)
    await advance(LOADED_MS) // when the cancelled answer would have come
    expect(client.getQueryState(listKey)!.dataUpdatedAt).toBe(fetchedAt)
    expect(client.getQueryState(listKey)!.status).toBe('success')
    expect(unreadRows()[0]).toBe(false)
    expect(within(notificationsRegion()).queryByRole('alert')).not.toBeInTheDocument()
  })

  test('a failed write leaves read what another pending write still marks', async () => {
    setScenarioFromUrl('?mark-read=1000')
    // This PATCH is refused at once (a 400 is not tried again); the read-all takes its 1 s.
    server.use(http.patch('*/api/notifications/:id', () => HttpResponse.json({ message: 'No' }, { status: 400 })))
    const { client } = renderNotifications()
    await advance(LOADED_MS)
    const cache = client.getMutationCache()
    const markAll = cache.build(client, { mutationKey: writeKey('markAllRead') })
    const markOne = cache.build(client, { mutationKey: writeKey('markRead') })
    const all = markAll.execute({ ids: ['n-ship', 'n-offer'] })
    await advance(0)
    const one = markOne.execute({ id: 'n-ship', read: true }).catch((error: unknown) => error)
    await advance(100)
    expect(await one).toMatchObject({ kind: 'http', status: 400 })
    expect(unreadRows()).toEqual([false, false, true, false, false]) // n-ship still marked by the read-all
    expect(badgeText()).toBe('1 unread')
    await advance(1_000)
    await all
    expect(pathsOf(sent)).toEqual(['POST /api/notifications/read-all', 'PATCH /api/notifications/n-ship'])
    expect(unreadRows()).toEqual([false, false, true, false, false])
  })
})

describe('once the write has settled', () => {
  test('what the API says wins again: a refetch saying unread shows it unread', async () => {
    setScenarioFromUrl('?mark-read=200')
    const { client } = renderNotifications()
    await advance(LOADED_MS)
    markFirst()
    await advance(300)
    expect(sent[0].answered).toBe(true)
    expect(client.getMutationCache().getAll()[0].state.status).toBe('success')
    expect(mockInbox().read.get('n-ship')).toBe(true)
    // Marked unread elsewhere (another device) since.
    mockInbox().read.set('n-ship', false)
    fireEvent.click(within(notificationsRegion()).getByRole('button', { name: 'Refresh Notifications' }))
    await advance(LOADED_MS)
    expect(unreadRows()).toEqual([true, true, true, false, false])
    expect(badgeText()).toBe('3 unread')
  })

  test('after a failed write, the API’s word shows: a refetch that says read shows it read', async () => {
    setScenarioFromUrl('?mark-read=timeout')
    const { client } = renderNotifications()
    await advance(LOADED_MS)
    markFirst()
    await advance(5_100)
    expect(client.getMutationCache().getAll()[0].state.status).toBe('error')
    expect(unreadRows()[0]).toBe(true) // rolled back
    mockInbox().read.set('n-ship', true) // the write did reach the API after all, its answer lost
    void client.refetchQueries({ queryKey: listKey })
    await advance(LOADED_MS)
    expect(unreadRows()[0]).toBe(false)
    expect(badgeText()).toBe('2 unread')
  })
})
