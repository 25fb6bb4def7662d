import type { Page } from '@playwright/test'

// The production-like server (npm run serve) keeps one scenario per cookie-named session, so
// real-HTTP tests running side by side each get their own scenario and attempt counts.

const SESSION_COOKIE = 'ecomarket-scenario'
let sessions = 0

/** Gives this page's browser context its own scenario on the server, in the URL's syntax. */
export async function serveScenario(page: Page, baseURL: string, search: string): Promise<void> {
  const session = `t${process.pid}-${++sessions}-${Date.now()}`
  await page.context().addCookies([{ name: SESSION_COOKIE, value: session, url: baseURL }])
  const response = await page.request.post(`${baseURL}/__scenario`, { data: { search, session } })
  if (!response.ok()) throw new Error(`the server refused scenario ${search}: ${await response.text()}`)
}

/** Collects Content-Security-Policy violations from the page's first script on. */
export async function watchPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = [])
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`))
  })
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
}
