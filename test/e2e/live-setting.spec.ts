import { expect, test } from './dashboard-test'

// Mock mode's live socket is the mock API's (MSW's ws handler), at the address the page's setting
// names (src/api/live-setting.ts); the developer panel says what the channel is doing.

const liveLine = (page: import('@playwright/test').Page) =>
  page
    .getByRole('dialog', { name: 'Developer panel' })
    .getByRole('status')
    .filter({ hasText: /^Live socket:/ })

test('by default the page opens the mock socket, and the panel says so', async ({ page, baseURL }) => {
  await page.goto('/')
  await page.getByRole('button', { name: /Mock API/ }).click()
  await expect(liveLine(page)).toHaveText(
    `Live socket: open at ${baseURL!.replace('http', 'ws')}/api/notifications/live; pushes come in as they happen.`,
  )
})

test('a socket address that refuses every handshake: three console lines, then the panel says the channel stopped', async ({
  page,
  consoleGuard,
  consoleProblems,
}) => {
  consoleGuard.allow(/^WebSocket connection to '.*\/nowhere' failed/)
  // The same build served with another setting, as a server of its own would send it.
  await page.route('/', async (route) => {
    const response = await route.fetch()
    const html = await response.text()
    await route.fulfill({
      response,
      body: html.replace(
        '<meta name="ecomarket-live" content="/api/notifications/live">',
        '<meta name="ecomarket-live" content="/nowhere">',
      ),
    })
  })
  await page.goto('/')
  await page.getByRole('button', { name: /Mock API/ }).click()
  await expect(liveLine(page)).toContainText('stopped after 3 failed tries')
  await expect(liveLine(page)).toContainText('notifications poll every 60 s')
  expect(consoleProblems.filter((text) => /^WebSocket connection to/.test(text))).toHaveLength(3)
})
