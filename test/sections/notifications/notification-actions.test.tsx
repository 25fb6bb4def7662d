import { onlineManager } from '@tanstack/react-query'
import { fireEvent, screen, within } from '@testing-library/react'
import { Profiler, type ReactNode } from 'react'
import { describe, expect, test } from 'vitest'
import { server } from '../../../mocks/node'
import { rememberPushed } from '../../../mocks/scenario-store'
import { endpoints } from '../../../src/api/endpoints'
import type { Notification } from '../../../src/api/schemas'
import { writes } from '../../../src/api/writes'
import type { Locale } from '../../../src/i18n/locale'
import { CategoriesSection } from '../../../src/sections/categories/categories-section'
import { receiveNotification } from '../../../src/sections/notifications/live-notifications'
import { NotificationsSection } from '../../../src/sections/notifications/notifications-section'
import { ProductsSection } from '../../../src/sections/products/products-section'
import { ProfileSection } from '../../../src/sections/profile/profile-section'
import { sectionNames } from '../../contract'
import { advance, renderWithClient, setScenarioFromUrl } from '../../render'
import {
  badgeText,
  listKey,
  notificationsRegion,
  pathsOf,
  renderNotifications,
  rows,
  startWrites,
  unreadRows,
  writesUnderTest,
  LOADED_MS,
} from './writes-harness'

// Mark as read and Mark all as read as the shopper meets them: the change on the click, before any
// answer; undone, and said, when the write fails; paused offline; and where focus and the screen
// reader go. On fake time throughout: each wait below is the mock API's latency, never a real sleep.

const sent = writesUnderTest()
const markButtons = () => within(notificationsRegion()).queryAllByRole('button', { name: 'Mark as read' })
const markAll = () => within(notificationsRegion()).getByRole('button', { name: 'Mark all as read' })

const pushed = (id: string): Notification => ({
  id,
  type: 'order',
  text: `Pushed ${id}`,
  createdAt: new Date().toISOString(),
  read: false,
})

describe('optimistic: the change shows on the click, before the answer', () => {
  test('Mark as read changes the item and the badge while its PATCH is still waiting for its answer', async () => {
    setScenarioFromUrl('?mark-read=1000')
    const { client } = renderNotifications()
    await advance(LOADED_MS)
    expect(badgeText()).toBe('3 unread')
    expect(unreadRows()).toEqual([true, true, true, false, false])
    // What the page shows at the moment the write's answer arrives: the order, not a time.
    let shownWhenAnswered: { badge?: string | null; unread: boolean[] } | undefined
    server.events.on('request:end', ({ request }) => {
      if (request.method === 'PATCH') shownWhenAnswered = { badge: badgeText(), unread: unreadRows() }
    })

    fireEvent.click(markButtons()[0])
    await advance(0)
    expect(pathsOf(sent)).toEqual(['PATCH /api/notifications/n-ship'])
    expect(sent[0].answered).toBe(false)
    expect(badgeText()).toBe('2 unread')
    expect(unreadRows()).toEqual([false, true, true, false, false])
    expect(client.getQueryData(listKey)!.items.find((n) => n.id === 'n-ship')!.read).toBe(true)

    await advance(900)
    expect(sent[0].answered).toBe(false) // still waiting, still shown as read
    expect(badgeText()).toBe('2 unread')
    await advance(200)
    expect(sent[0]).toMatchObject({ answered: true, body: { read: true } })
    expect(shownWhenAnswered).toEqual({ badge: '2 unread', unread: [false, true, true, false, false] })
    expect(badgeText()).toBe('2 unread') // the answer confirms it: nothing moves
    expect(pathsOf(sent)).toHaveLength(1)
  })

  test('the change keeps the list’s "Updated" time: it is the shopper’s, not news from the API', async () => {
    setScenarioFromUrl('?mark-read=1000')
    const { client } = renderNotifications()
    await advance(LOADED_MS)
    const fetchedAt = client.getQueryState(listKey)!.dataUpdatedAt
    fireEvent.click(markButtons()[0])
    await advance(0)
    expect(client.getQueryData(listKey)!.items[0].read).toBe(true)
    expect(client.getQueryState(listKey)!.dataUpdatedAt).toBe(fetchedAt)
  })

  test('Mark all as read sends the ids shown at the click; one pushed while it is pending stays unread', async () => {
    setScenarioFromUrl('?mark-read=1000')
    const { client } = renderNotifications()
    await advance(LOADED_MS)
    fireEvent.click(markAll())
    await advance(0)
    expect(badgeText()).toBe('0 unread')
    expect(unreadRows()).toEqual([false, false, false, false, false])
    expect(sent[0].answered).toBe(false)

    // Pushed after the click, before the answer: the API lists it too from now on.
    const late = pushed('n-late')
    rememberPushed(late)
    receiveNotification(client, late)
    await advance(0)
    expect(badgeText()).toBe('1 unread')
    expect(rows()[0]).toHaveTextContent('Pushed n-late')
    expect(unreadRows()[0]).toBe(true)

    await advance(1_100)
    expect(sent).toEqual([
      {
        method: 'POST',
        path: '/api/notifications/read-all',
        body: { ids: ['n-ship', 'n-offer', 'n-tip'] },
        answered: true,
      },
    ])
    expect(unreadRows()[0]).toBe(true)
    expect(within(rows()[0]).getByRole('button', { name: 'Mark as read' })).toBeVisible()
    // The API agrees: a refetch lists the late one unread and the three read.
    void client.refetchQueries({ queryKey: listKey })
    await advance(400)
    expect(badgeText()).toBe('1 unread')
    expect(
      client
        .getQueryData(listKey)!
        .items.filter((n) => !n.read)
        .map((n) => n.id),
    ).toEqual(['n-late'])
  })
})

/** The four sections, each counted by a Profiler, for the "other sections are untouched" checks. */
function renderEverySection(locale: Locale) {
  const renders: Record<string, number> = {}
  const counted = (id: string, node: ReactNode) => (
    <Profiler id={id} onRender={() => (renders[id] = (renders[id] ?? 0) + 1)}>
      {node}
    </Profiler>
  )
  const rendered = renderWithClient(
    <>
      {counted('products', <ProductsSection />)}
      {counted('categories', <CategoriesSection />)}
      {counted('profile', <ProfileSection />)}
      {counted('notifications', <NotificationsSection />)}
    </>,
    { locale },
  )
  startWrites(rendered.client)
  return { ...rendered, renders }
}

const failures = [
  {
    spec: 'error',
    // A 500 is worth trying again: three attempts (200 ms each) and the two waits between them.
    attempts: 1 + writes.markRead.retry.retries,
    settledMs: 2_000,
    en: 'Not marked as read: EcoMarket had a problem.',
    es: 'No se ha marcado como leída: hay un problema por nuestra parte.',
  },
  {
    spec: 'timeout',
    // A timeout already cost its full wait: it is not tried again.
    attempts: 1,
    settledMs: writes.markRead.timeoutMs + 100,
    en: 'Not marked as read: EcoMarket took too long to answer.',
    es: 'No se ha marcado como leída: EcoMarket ha tardado demasiado en responder.',
  },
  {
    spec: 'offline',
    // A network error while the browser says it is online fails (and rolls back); only offline pauses.
    attempts: 1 + writes.markRead.retry.retries,
    settledMs: 2_000,
    en: "Not marked as read: you're offline or EcoMarket can't be reached.",
    es: 'No se ha marcado como leída: no tienes conexión o no podemos conectar con EcoMarket.',
  },
] as const

describe.each(failures)('?mark-read=$spec rolls back', ({ spec, attempts, settledMs, ...wording }) => {
  test.each(['en', 'es'] as const)(
    'in %s: item and badge back, a status note with Retry, the other sections untouched',
    async (locale) => {
      setScenarioFromUrl(`?mark-read=${spec}`)
      const { renders } = renderEverySection(locale)
      await advance(600) // every section has its data (the profile's 500 ms is the last)
      const region = notificationsRegion(sectionNames[locale].notifications)
      const others = (['products', 'categories', 'profile'] as const).map((name) =>
        screen.getByRole('region', { name: sectionNames[locale][name] }),
      )
      const othersBefore = others.map((other) => other.querySelector('ul, dl')?.outerHTML)
      const rendersBefore = { ...renders }
      const unread = locale === 'en' ? '3 unread' : '3 sin leer'
      const markName = locale === 'en' ? 'Mark as read' : 'Marcar como leída'
      expect(badgeText(region)).toBe(unread)

      fireEvent.click(within(region).getAllByRole('button', { name: markName })[0])
      await advance(0)
      expect(badgeText(region)).toBe(locale === 'en' ? '2 unread' : '2 sin leer')
      expect(unreadRows(region)[0]).toBe(false)

      await advance(settledMs)
      expect(pathsOf(sent)).toEqual(Array(attempts).fill('PATCH /api/notifications/n-ship'))
      expect(badgeText(region)).toBe(unread)
      expect(unreadRows(region)).toEqual([true, true, true, false, false])
      expect(within(rows(region)[0]).getByRole('button', { name: markName })).toBeVisible()
      // The section keeps its data and says what happened, politely, as a failed background refresh does.
      expect(region).toHaveAttribute('aria-busy', 'false')
      expect(within(region).queryByRole('alert')).not.toBeInTheDocument()
      const footer = region.querySelector('footer')!
      expect(within(footer).getByRole('status')).toHaveTextContent(wording[locale])
      expect(within(footer).getByRole('button', { name: locale === 'en' ? 'Retry' : 'Reintentar' })).toBeVisible()
      // Nothing about the write reached the other sections.
      expect(others.map((other) => other.querySelector('ul, dl')?.outerHTML)).toEqual(othersBefore)
      for (const other of others) {
        expect(within(other).queryByRole('alert')).not.toBeInTheDocument()
        expect(other.querySelector('footer [role="status"]')).toBeEmptyDOMElement()
      }
      expect(renders).toMatchObject({
        products: rendersBefore.products,
        categories: rendersBefore.categories,
        profile: rendersBefore.profile,
      })
    },
  )
})

describe('Retry after a failed write', () => {
  test('sends the same write again, shows it at once, and the note goes once it is accepted', async () => {
    setScenarioFromUrl('?mark-read=timeout')
    renderNotifications()
    await advance(LOADED_MS)
    fireEvent.click(markButtons()[1]) // n-offer
    await advance(writes.markRead.timeoutMs + 100)
    const footer = notificationsRegion().querySelector('footer')!
    expect(within(footer).getByRole('status')).toHaveTextContent('Not marked as read')
    expect(badgeText()).toBe('3 unread')

    setScenarioFromUrl('?mark-read=500')
    fireEvent.click(within(footer).getByRole('button', { name: 'Retry' }))
    await advance(0)
    expect(badgeText()).toBe('2 unread') // optimistic again
    expect(unreadRows()).toEqual([true, false, true, false, false])
    expect(within(footer).getByRole('status')).toBeEmptyDOMElement() // the failure is no longer what the footer says
    await advance(600)
    expect(pathsOf(sent)).toEqual(['PATCH /api/notifications/n-offer', 'PATCH /api/notifications/n-offer'])
    expect(sent[1]).toMatchObject({ body: { read: true }, answered: true })
    expect(badgeText()).toBe('2 unread')
    expect(within(footer).getByRole('button', { name: 'Refresh Notifications' })).toBeVisible()
  })

  test('a failed Mark all as read rolls every id back, says how many, and Retry sends the same ids', async () => {
    setScenarioFromUrl('?mark-read=error@0')
    renderNotifications()
    await advance(LOADED_MS)
    fireEvent.click(markAll())
    await advance(0)
    expect(badgeText()).toBe('0 unread')
    await advance(2_000)
    expect(badgeText()).toBe('3 unread')
    expect(unreadRows()).toEqual([true, true, true, false, false])
    const footer = notificationsRegion().querySelector('footer')!
    expect(within(footer).getByRole('status')).toHaveTextContent('3 not marked as read: EcoMarket had a problem.')

    setScenarioFromUrl('?mark-read=0')
    sent.length = 0
    fireEvent.click(within(footer).getByRole('button', { name: 'Retry' }))
    await advance(100)
    expect(sent).toEqual([
      {
        method: 'POST',
        path: '/api/notifications/read-all',
        body: { ids: ['n-ship', 'n-offer', 'n-tip'] },
        answered: true,
      },
    ])
    expect(badgeText()).toBe('0 unread')
  })
})

describe('offline, a write pauses instead of failing', () => {
  test('the item says it will sync, nothing is sent; back online it is sent exactly once', async () => {
    const { client } = renderNotifications()
    await advance(LOADED_MS)
    onlineManager.setOnline(false)
    fireEvent.click(markButtons()[0])
    await advance(0)
    expect(badgeText()).toBe('2 unread')
    expect(within(rows()[0]).getByText("Will sync when you're online")).toBeVisible()
    expect(within(rows()[0]).queryByRole('button')).not.toBeInTheDocument()
    // A whole polling interval offline: the list is fetched again (it still says unread), nothing is written.
    await advance(endpoints.notifications.refresh.everyMs! + 1_000)
    expect(sent).toEqual([])
    expect(badgeText()).toBe('2 unread')
    expect(within(notificationsRegion()).queryByRole('alert')).not.toBeInTheDocument()
    expect(notificationsRegion().querySelector('footer [role="status"]')).toBeEmptyDOMElement()

    onlineManager.setOnline(true)
    await advance(0)
    expect(pathsOf(sent)).toEqual(['PATCH /api/notifications/n-ship'])
    await advance(writes.markRead.timeoutMs) // its answer, and anything that might send it again
    expect(pathsOf(sent)).toEqual(['PATCH /api/notifications/n-ship'])
    expect(sent[0]).toMatchObject({ body: { read: true }, answered: true })
    expect(within(rows()[0]).queryByText("Will sync when you're online")).not.toBeInTheDocument()
    expect(badgeText()).toBe('2 unread')
    expect(
      client
        .getMutationCache()
        .getAll()
        .map((m) => m.state.status),
    ).toEqual(['success'])
  })

  test('going offline and online again while a write waits still sends it once', async () => {
    renderNotifications()
    await advance(LOADED_MS)
    onlineManager.setOnline(false)
    fireEvent.click(markButtons()[0])
    await advance(0)
    for (let flap = 0; flap < 3; flap++) {
      onlineManager.setOnline(true)
      onlineManager.setOnline(false)
    }
    await advance(1_000)
    onlineManager.setOnline(true)
    await advance(1_000)
    expect(pathsOf(sent)).toEqual(['PATCH /api/notifications/n-ship'])
  })
})

describe('keyboard and screen reader', () => {
  const politeStatus = () =>
    within(notificationsRegion().querySelector('header')!)
      .getAllByRole('status')
      .find((status) => status.classList.contains('visually-hidden') && /read|leída/i.test(status.textContent ?? ''))

  test('focus moves to the next unread item’s button, then to the heading when none is left; each change is announced', async () => {
    renderNotifications()
    await advance(LOADED_MS)
    const [, offer, tip] = markButtons()

    fireEvent.click(markButtons()[0])
    await advance(0)
    expect(document.activeElement).toBe(offer)
    expect(offer).toHaveAccessibleDescription(/15% off refills this weekend/)
    expect(politeStatus()).toHaveTextContent('Marked as read, 2 unread')

    fireEvent.click(offer)
    await advance(0)
    expect(document.activeElement).toBe(tip)
    expect(politeStatus()).toHaveTextContent('Marked as read, 1 unread')

    fireEvent.click(tip)
    await advance(0)
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Notifications' }))
    expect(politeStatus()).toHaveTextContent('Marked as read, 0 unread')
    expect(markButtons()).toEqual([])
    await advance(1_000)
    expect(pathsOf(sent)).toHaveLength(3)
  })

  test('marking the last unread item moves focus back to the one before it', async () => {
    renderNotifications()
    await advance(LOADED_MS)
    const [, offer, tip] = markButtons()
    fireEvent.click(tip)
    await advance(0)
    expect(document.activeElement).toBe(offer)
  })

  test('Mark all as read moves focus to the heading and says what is left', async () => {
    renderNotifications()
    await advance(LOADED_MS)
    fireEvent.click(markAll())
    await advance(0)
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Notifications' }))
    expect(politeStatus()).toHaveTextContent('Marked all as read, 0 unread')
    expect(within(notificationsRegion()).queryByRole('button', { name: 'Mark all as read' })).not.toBeInTheDocument()
  })

  test('in Spanish', async () => {
    renderNotifications({ locale: 'es' })
    await advance(LOADED_MS)
    const region = notificationsRegion('Notificaciones')
    const buttons = within(region).getAllByRole('button', { name: 'Marcar como leída' })
    fireEvent.click(buttons[0])
    await advance(0)
    expect(document.activeElement).toBe(buttons[1])
    expect(within(region.querySelector('header')!).getByText(/^Marcada como leída, 2 sin leer/)).toHaveAttribute(
      'role',
      'status',
    )
  })
})
