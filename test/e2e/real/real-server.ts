import { spawn } from 'node:child_process'
import type { Page } from '@playwright/test'
import type { EndpointName } from '../../../src/api/endpoints'
import type { WriteName } from '../../../src/api/writes'
import type { RawPlans } from '../../../server/raw-responses'

// The production-like server (npm run serve) keeps one scenario per cookie-named session, so
// real-HTTP tests running side by side each get their own scenario and attempt counts.

const SESSION_COOKIE = 'ecomarket-scenario'
let sessions = 0

/**
 * Gives this page's browser context its own scenario on the server, in the URL's syntax, and
 * optionally raw answers for some endpoints (server/raw-responses.ts). Returns the session's name.
 */
export async function serveScenario(page: Page, baseURL: string, search: string, raw?: RawPlans): Promise<string> {
  const session = `t${process.pid}-${++sessions}-${Date.now()}`
  await page.context().addCookies([{ name: SESSION_COOKIE, value: session, url: baseURL }])
  const response = await page.request.post(`${baseURL}/__scenario`, { data: { search, session, raw } })
  if (!response.ok()) throw new Error(`the server refused scenario ${search}: ${await response.text()}`)
  return session
}

/** How many requests each endpoint, and each write, has received in a session, as the server counted them. */
export async function serverRequests(
  page: Page,
  baseURL: string,
  session: string,
): Promise<Partial<Record<EndpointName | WriteName, number>>> {
  const response = await page.request.get(`${baseURL}/__scenario/${encodeURIComponent(session)}/attempts`)
  if (!response.ok()) throw new Error(`no counts for session ${session}: ${await response.text()}`)
  return response.json()
}

/** Collects Content-Security-Policy violations from the page's first script on. */
export async function watchPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = [])
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective}: ${event.blockedURI}`),
    )
  })
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
}

/**
 * Starts a dashboard server of this test's own (npm run serve's CLI on the build the `real`
 * project's servers already made), with its flags; stop() ends it. For flags the shared servers
 * don't run with, such as --live-url.
 */
export async function startServer(flags: string[]): Promise<{ origin: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/serve.ts', '--port', '0', ...flags], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const origin = await new Promise<string>((resolve, reject) => {
    let said = ''
    child.stdout.on('data', (chunk: Buffer) => {
      said += chunk
      const address = /EcoMarket on (http:\/\/\S+?)\/ /.exec(said)?.[1]
      if (address) resolve(address)
    })
    void exited.then(() => reject(new Error(`the server stopped before listening: ${said}`)))
  })
  return {
    origin,
    stop: async () => {
      child.kill()
      await exited
    },
  }
}
