import type { Page } from '@playwright/test'
import { endpoints } from '../../../src/api/endpoints'
import { expect, region, test } from '../dashboard-test'
import { startServer } from './real-server'

// The live socket is configuration (src/api/live-setting.ts): the server writes its --live-url
// into every page it sends. Each case runs on a server of its own, streamed at / and as a static
// host at /index.html.

/** The page's socket attempts, its notifications GETs (once answered), and the browser's lines about refused handshakes. */
function watchLive(page: Page, consoleProblems: string[]) {
  const tries: string[] = []
  const polls: string[] = []
  page.on('websocket', (socket) => tries.push(socket.url()))
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).pathname === endpoints.notifications.path) polls.push(request.url())
  })
  const refusals = () => consoleProblems.filter((text) => /^WebSocket connection to .* failed/.test(text)).length
  return { tries, polls, refusals }
}

/** Lets every timer the clock just fired, and whatever it started, reach this side. */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)))

for (const [kind, path] of [
  ['streamed', '/'],
  ['static host', '/index.html'],
] as const) {
  test.describe(`${kind} page`, () => {
    test.describe('with no socket (--live-url off)', () => {
      let server: Awaited<ReturnType<typeof startServer>>
      test.beforeAll(async () => {
        server = await startServer(['--live-url', 'off'])
      })
      test.afterAll(() => server.stop())

      test('makes no socket attempt, and the notifications poll every 60 s', async ({ page, consoleProblems }) => {
        const live = watchLive(page, consoleProblems)
        await page.clock.install()
        await page.goto(`${server.origin}${path}`)
        await expect(page.locator('meta[name="ecomarket-live"]')).toHaveAttribute('content', 'off')
        await expect(region(page, 'Notifications')).toHaveAttribute('aria-busy', 'false')
        await settle(page)
        const before = live.polls.length
        await page.clock.fastForward('01:01')
        await expect.poll(() => live.polls.length).toBe(before + 1)
        await settle(page) // the answer taken in, the next interval counts from it
        await page.clock.fastForward('01:01')
        await expect.poll(() => live.polls.length).toBe(before + 2)
        expect(live.tries).toEqual([])
        expect(consoleProblems).toEqual([])
      })
    })

    test.describe('with a socket address that refuses every handshake (--live-url /nowhere)', () => {
      let server: Awaited<ReturnType<typeof startServer>>
      test.beforeAll(async () => {
        server = await startServer(['--live-url', '/nowhere'])
      })
      test.afterAll(() => server.stop())

      test('three tries and three console lines, then none, with polling standing in, until the tab is shown again or the browser is back online', async ({
        page,
        context,
        consoleGuard,
        consoleProblems,
      }) => {
        consoleGuard.allow(/^WebSocket connection to '.*\/nowhere' failed/)
        const live = watchLive(page, consoleProblems)
        await page.clock.install()
        await page.goto(`${server.origin}${path}`)
        await expect(region(page, 'Notifications')).toHaveAttribute('aria-busy', 'false')
        await expect.poll(() => live.tries.length).toBe(3)
        expect(live.tries.every((url) => url === `${server.origin.replace('http', 'ws')}/nowhere`)).toBe(true)
        // Ten minutes of backoff would allow many more tries: none comes, and polling stands in.
        const polled = live.polls.length
        await page.clock.fastForward('10:00')
        await settle(page)
        await expect.poll(() => live.polls.length).toBeGreaterThan(polled)
        expect(live.tries).toHaveLength(3)
        expect(live.refusals()).toBe(3)

        await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange'))) // the tab shown again
        await expect.poll(() => live.tries.length).toBe(6)
        await page.clock.fastForward('10:00')
        await settle(page)
        expect(live.tries).toHaveLength(6)

        await context.setOffline(true)
        await context.setOffline(false) // the browser back online
        await expect.poll(() => live.tries.length).toBe(9)
        await page.clock.fastForward('10:00')
        await settle(page)
        expect(live.tries).toHaveLength(9)
        expect(live.refusals()).toBe(9) // one line per refused handshake, three per round
      })
    })
  })
}
