import { onlineManager } from '@tanstack/react-query'
import { cleanup, fireEvent, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { notifications as inbox } from '../../../mocks/fixtures'
import { NotificationsSection } from '../../../src/sections/notifications/notifications-section'
import {
  PENDING_WRITE_MAX_AGE_MS,
  PENDING_WRITES_KEY,
  dedupeWrites,
  readStoredWrites,
} from '../../../src/sections/notifications/pending-writes-storage'
import { advance, renderWithClient } from '../../render'
import {
  badgeText,
  memoryStorage,
  notificationsRegion,
  pathsOf,
  renderNotifications,
  rows,
  startWrites,
  unreadRows,
  writesUnderTest,
  LOADED_MS,
} from './writes-harness'

// A write made offline survives closing the page: only the write is kept (which one, the ids,
// read: true), never the list; it is sent once when the page is back online, even when the same
// write is both in storage and still in the page; and it is removed from storage once sent.

const sent = writesUnderTest()
const WILL_SYNC = "Will sync when you're online"
const minutesAgo = (minutes: number) => Date.now() - minutes * 60_000
const stored = (...writes: object[]) => ({ [PENDING_WRITES_KEY]: JSON.stringify({ writes }) })
const markRead = (id: string, at = minutesAgo(5)) => ({ write: 'markRead', variables: { id, read: true }, at })
const markAllRead = (ids: string[], at = minutesAgo(5)) => ({ write: 'markAllRead', variables: { ids }, at })
const clickMark = (row: number) => fireEvent.click(within(rows()[row]).getByRole('button', { name: 'Mark as read' }))

describe('what storage holds', () => {
  test('only the write: which one, the ids and read: true; never the list; and nothing once it is sent', async () => {
    const { storage, items, written } = memoryStorage()
    renderNotifications({ storage })
    await advance(LOADED_MS)
    expect(items.has(PENDING_WRITES_KEY)).toBe(false) // nothing pending, nothing kept
    onlineManager.setOnline(false)
    clickMark(0)
    await advance(0)
    expect(JSON.parse(items.get(PENDING_WRITES_KEY)!)).toEqual({
      writes: [{ write: 'markRead', variables: { id: 'n-ship', read: true }, at: expect.any(Number) }],
    })
    fireEvent.click(within(notificationsRegion()).getByRole('button', { name: 'Mark all as read' }))
    await advance(0)
    expect(JSON.parse(items.get(PENDING_WRITES_KEY)!).writes).toEqual([
      { write: 'markRead', variables: { id: 'n-ship', read: true }, at: expect.any(Number) },
      { write: 'markAllRead', variables: { ids: ['n-offer', 'n-tip'] }, at: expect.any(Number) },
    ])
    // Nothing of the inbox itself was ever written: no text, no type, no date, no list.
    for (const text of written) {
      for (const notification of inbox()) expect(text).not.toContain(notification.text)
      expect(text).not.toMatch(/"(items|queries|text|type|createdAt|read":false)/)
    }

    onlineManager.setOnline(true)
    await advance(1_000)
    expect(pathsOf(sent)).toEqual(['PATCH /api/notifications/n-ship', 'POST /api/notifications/read-all'])
    expect(items.has(PENDING_WRITES_KEY)).toBe(false)
  })

  test('a write sent while online is removed as soon as its answer comes', async () => {
    const { storage, items } = memoryStorage()
    renderNotifications({ storage })
    await advance(LOADED_MS)
    clickMark(0)
    await advance(0)
    expect(items.has(PENDING_WRITES_KEY)).toBe(true) // in flight: its answer may never come
    await advance(300)
    expect(sent[0].answered).toBe(true)
    expect(items.has(PENDING_WRITES_KEY)).toBe(false)
  })
})

describe('a page closed with a write unsent', () => {
  test('the next page shows it read, waiting, and sends it once when back online', async () => {
    const { storage, items } = memoryStorage()
    const first = renderNotifications({ storage })
    await advance(LOADED_MS)
    onlineManager.setOnline(false)
    clickMark(1) // n-offer
    await advance(0)
    expect(items.has(PENDING_WRITES_KEY)).toBe(true)
    // The page is closed: nothing of it lives on but storage.
    first.stop()
    cleanup()
    first.client.clear()

    const second = renderNotifications({ storage })
    await advance(LOADED_MS)
    expect(second.client.getMutationCache().getAll()).toHaveLength(1)
    expect(unreadRows()).toEqual([true, false, true, false, false])
    expect(badgeText()).toBe('2 unread')
    expect(within(rows()[1]).getByText(WILL_SYNC)).toBeVisible()
    expect(sent).toEqual([])

    onlineManager.setOnline(true)
    await advance(1_000)
    expect(sent).toEqual([
      { method: 'PATCH', path: '/api/notifications/n-offer', body: { read: true }, answered: true },
    ])
    expect(within(rows()[1]).queryByText(WILL_SYNC)).not.toBeInTheDocument()
    expect(items.has(PENDING_WRITES_KEY)).toBe(false)
  })

  test('opened online, the stored write is shown and sent at once, once', async () => {
    const { storage, items } = memoryStorage(stored(markRead('n-tip')))
    renderNotifications({ storage })
    await advance(LOADED_MS)
    expect(unreadRows()).toEqual([true, true, false, false, false])
    await advance(2_000)
    expect(pathsOf(sent)).toEqual(['PATCH /api/notifications/n-tip'])
    expect(items.has(PENDING_WRITES_KEY)).toBe(false)
    expect(unreadRows()).toEqual([true, true, false, false, false])
  })
})

describe('each pending write is sent once per page', () => {
  test('starting the writes a second time for the same page restores and sends nothing more', async () => {
    const { storage } = memoryStorage(stored(markRead('n-tip')))
    const { client } = renderNotifications({ storage })
    expect(startWrites(client, storage)).toBe(startWrites(client, storage))
    await advance(LOADED_MS + 2_000)
    expect(pathsOf(sent)).toEqual(['PATCH /api/notifications/n-tip'])
  })

  test('a write restored from storage and the same write still in the page: sent once per id', async () => {
    // A closed page left n-ship and n-offer unsent; in this page the shopper marked n-ship again
    // (offline) before the writes were restored.
    const { storage, items } = memoryStorage(stored(markRead('n-ship'), markRead('n-offer')))
    const { client } = renderWithClient(<NotificationsSection />)
    await advance(LOADED_MS)
    onlineManager.setOnline(false)
    clickMark(0)
    await advance(0)
    const started = startWrites(client, storage)
    await started.ready
    expect(client.getMutationCache().getAll()).toHaveLength(2)
    expect(unreadRows()).toEqual([false, false, true, false, false])

    onlineManager.setOnline(true)
    await advance(2_000)
    expect(pathsOf(sent).sort()).toEqual(['PATCH /api/notifications/n-offer', 'PATCH /api/notifications/n-ship'])
    expect(items.has(PENDING_WRITES_KEY)).toBe(false)
  })

  test('the same write stored twice, and one a stored read-all covers, are sent once', async () => {
    const { storage } = memoryStorage(
      stored(markRead('n-ship'), markRead('n-ship'), markAllRead(['n-offer', 'n-tip']), markRead('n-tip')),
    )
    renderNotifications({ storage })
    await advance(2_000)
    expect(sent.map((write) => [write.path, write.body])).toEqual([
      ['/api/notifications/n-ship', { read: true }],
      ['/api/notifications/read-all', { ids: ['n-offer', 'n-tip'] }],
    ])
    expect(badgeText()).toBe('0 unread')
  })

  test('coming back online, and the tab shown again, do not send a restored write a second time', async () => {
    onlineManager.setOnline(false)
    const { storage } = memoryStorage(stored(markRead('n-ship')))
    renderNotifications({ storage })
    await advance(LOADED_MS)
    onlineManager.setOnline(true)
    document.dispatchEvent(new Event('visibilitychange'))
    onlineManager.setOnline(false)
    onlineManager.setOnline(true)
    await advance(2_000)
    expect(pathsOf(sent)).toEqual(['PATCH /api/notifications/n-ship'])
  })
})

describe('reading storage', () => {
  const now = Date.parse('2026-12-01T12:00:00Z')
  const text = (writes: unknown) => JSON.stringify({ writes })

  test('keeps only the ids and read: true of each write, whatever else was stored beside them', () => {
    const read = readStoredWrites(
      text([
        { write: 'markRead', variables: { id: 'n-ship', read: true, text: 'Your order', items: [1] }, at: now - 1 },
        { write: 'markAllRead', variables: { ids: ['n-offer'], note: 'x' }, at: now - 1 },
      ]),
      now,
    )
    expect(read).toEqual([
      { write: 'markRead', variables: { id: 'n-ship', read: true }, at: now - 1 },
      { write: 'markAllRead', variables: { ids: ['n-offer'] }, at: now - 1 },
    ])
  })

  test.each([
    ['marked unread', [{ write: 'markRead', variables: { id: 'n-ship', read: false }, at: now - 1 }]],
    ['an unknown write', [{ write: 'delete', variables: { id: 'n-ship', read: true }, at: now - 1 }]],
    ['no id', [{ write: 'markRead', variables: { read: true }, at: now - 1 }]],
    ['no ids', [{ write: 'markAllRead', variables: { ids: [] }, at: now - 1 }]],
    ['too old', [markRead('n-ship', now - PENDING_WRITE_MAX_AGE_MS)]],
    ['from the future', [markRead('n-ship', now + 60_000)]],
  ])('drops a write %s', (_, writes) => {
    expect(readStoredWrites(text(writes), now)).toEqual([])
  })

  test.each([null, '', 'not json', '{"writes":"no"}', '[]', '{"writes":[null]}'])('%j reads as nothing', (value) => {
    expect(readStoredWrites(value, now)).toEqual([])
  })
})

describe('dedupeWrites', () => {
  const at = 1
  const one = (id: string) => ({ write: 'markRead' as const, variables: { id, read: true as const }, at })
  const all = (...ids: string[]) => ({ write: 'markAllRead' as const, variables: { ids }, at })

  test('keeps the first of identical writes (a read-all’s ids in any order) and those a page already has pending go', () => {
    expect(dedupeWrites([one('a'), one('b'), one('a'), all('c', 'd'), all('d', 'c')])).toEqual([
      one('a'),
      one('b'),
      all('c', 'd'),
    ])
    expect(dedupeWrites([one('a'), one('b')], [one('a')])).toEqual([one('b')])
  })

  test('drops marking one notification that a read-all, stored or pending, marks too', () => {
    expect(dedupeWrites([one('a'), all('a', 'b'), one('c')])).toEqual([all('a', 'b'), one('c')])
    expect(dedupeWrites([one('a'), one('c')], [all('a', 'b')])).toEqual([one('c')])
  })
})
