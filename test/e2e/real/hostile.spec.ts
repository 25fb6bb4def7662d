import { endpointNames, type EndpointName } from '../../../src/api/endpoints'
import { kindOfAlert, omittedCount } from '../../contract'
import { expect, loadDashboard, test } from '../dashboard-test'
import { hostileCases, packLoads, type HostileCase } from './hostile-cases'
import { serveScenario, serverRequests, watchPolicyViolations } from './real-server'

// The generated hostile suite on npm run serve: each load gives every endpoint one raw answer
// from the table (hostile-cases.ts), so each case's three siblings are checked in the same load.
// Every case: its section's typed state, the siblings' own states, no console or page error
// (the fixture), no sideways scroll, no script run, no CSP violation, and the requests the
// retry policy allows, as the server counted them.

const cases = hostileCases()
const loads = packLoads(cases)
// Endpoints without a case in a load answer their normal data at once.
const quick = `?${endpointNames.map((name) => `${name}=0`).join('&')}`

declare global {
  interface Window {
    /** Set by a payload that ran; the suite checks it never is. */
    __hostile?: unknown
  }
}

const describeCase = (entry: HostileCase) => `${entry.endpoint} ← ${entry.id}`
/** The load probe's settled state as the contract names it: data, empty, or the alert's error kind. */
const finalState = (probed: string | undefined) =>
  probed?.startsWith('error: ') ? (kindOfAlert(probed) ?? probed) : probed

test('the table holds at least 60 cases across bodies, statuses, headers and transport', () => {
  expect(cases.length).toBeGreaterThanOrEqual(60)
  for (const dimension of ['body', 'status', 'header', 'transport'] as const)
    expect(
      cases.some((entry) => entry.dimension === dimension),
      dimension,
    ).toBe(true)
  expect(new Set(loads.flatMap((load) => Object.values(load))).size).toBe(cases.length)
})

for (const [index, load] of loads.entries()) {
  const title = Object.values(load).map(describeCase).join(' · ')
  test(`hostile load ${index + 1} of ${loads.length}: ${title}`, async ({ page, baseURL }) => {
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    const violations = await watchPolicyViolations(page)
    const raw = Object.fromEntries(Object.values(load).map((entry) => [entry.endpoint, entry.steps]))
    const session = await serveScenario(page, baseURL!, quick, raw)
    const { states } = await loadDashboard(page)
    const requests = await serverRequests(page, baseURL!, session)
    const shows = Object.fromEntries(
      Object.values(load).flatMap((entry) => (entry.shows === undefined ? [] : [[entry.endpoint, entry.shows]])),
    )
    const seen = await page.evaluate((texts: Partial<Record<EndpointName, string>>) => {
      // aria-labelledby names each section in the contract; innerText is what a person can read.
      const readable = (name: string) =>
        document.querySelector<HTMLElement>(`section[aria-labelledby="${name}-heading"]`)?.innerText ?? ''
      const alerts = [...document.querySelectorAll<HTMLElement>('section [role="alert"]')]
      return {
        shown: Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, readable(name).includes(text)])),
        footers: Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('section footer')].map((footer) => [
            footer
              .closest('section')!
              .getAttribute('aria-labelledby')!
              .replace(/-heading$/, ''),
            footer.innerText,
          ]),
        ),
        alertText: Object.fromEntries(
          alerts.map((alert) => [
            alert
              .closest('section')!
              .getAttribute('aria-labelledby')!
              .replace(/-heading$/, ''),
            alert.innerText,
          ]),
        ),
        sideways: document.scrollingElement!.scrollWidth - window.innerWidth,
        ran: window.__hostile,
        polluted: 'polluted' in {},
      }
    }, shows)

    for (const name of endpointNames) {
      const entry = load[name]
      const label = entry ? describeCase(entry) : `${name} (answered normally)`
      expect.soft(finalState(states[name]), label).toBe(entry?.expect ?? 'data')
      if (entry?.shows !== undefined)
        expect.soft(seen.shown[name], `${label}: shows ${JSON.stringify(entry.shows.slice(0, 40))}`).toBe(true)
      // A wrong item is left out and counted in the footer; a section with nothing left out has no note.
      expect
        .soft(omittedCount(seen.footers[name] ?? '') ?? 0, `${label}: items left out, as its note says`)
        .toBe(entry?.omitted ?? 0)
      // Only a 5xx is on our side; a 4xx (sign in, no access, too many requests…) never says so.
      if (entry?.status !== undefined)
        expect
          .soft(/on our side/i.test(seen.alertText[name] ?? ''), `${label}: blames our side`)
          .toBe(entry.status >= 500)
      const [fewest, most] = entry?.requests ?? [1, 1]
      expect.soft(requests[name] ?? 0, `${label}: requests at the server`).toBeGreaterThanOrEqual(fewest)
      expect.soft(requests[name] ?? 0, `${label}: requests at the server`).toBeLessThanOrEqual(most)
    }
    // Exactly one alert per failed section, none anywhere else.
    const failed = Object.values(load).filter((entry) => entry.expect !== 'data' && entry.expect !== 'empty').length
    await expect.soft(page.getByRole('alert')).toHaveCount(failed)
    expect.soft(seen.sideways, 'horizontal scroll (px)').toBeLessThanOrEqual(0)
    expect.soft(seen.ran, 'a payload ran').toBeUndefined()
    expect.soft(seen.polluted, 'Object.prototype was polluted').toBe(false)
    expect.soft(dialogs, 'dialogs a payload opened').toEqual([])
    expect.soft(await violations(), 'CSP violations').toEqual([])
  })
}
