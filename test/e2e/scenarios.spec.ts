import { scenarios } from '../../mocks/scenarios'
import { endpointNames } from '../../src/api/endpoints'
import { kindOfAlert } from '../contract'
import {
  arrivals,
  expect,
  expectTakenInTurn,
  horizontalOverflow,
  isNetworkLog,
  loadDashboard,
  region,
  test,
} from './dashboard-test'

const finalState = (probed: string) => (probed.startsWith('error: ') ? kindOfAlert(probed) : probed)

for (const scenario of scenarios) {
  test(`${scenario.id}: sections settle as their answers come, into their declared states, without layout shift or sideways scroll @phone @contract`, async ({
    page,
    consoleProblems,
    language,
  }) => {
    const load = await loadDashboard(page, `?scenario=${scenario.id}`)
    await expect(page.getByRole('region')).toHaveText(endpointNames.map(() => /./)) // four landmarks…
    expect(
      await page
        .getByRole('region')
        .evaluateAll((regions) => regions.map((r) => r.id || r.getAttribute('aria-labelledby'))),
    ).toEqual(['profile', 'notifications', 'categories', 'products'].map((name) => `${name}-heading`)) // …in the page's order, each named in the page's language:
    for (const name of endpointNames) await expect(region(page, language.name(name))).toHaveCount(1)
    const states = Object.fromEntries(endpointNames.map((name) => [name, finalState(load.states[name])]))
    expect(states).toEqual(scenario.expect)
    // Which answer comes first is up to the mock's timers, which a busy machine starts unevenly:
    // test/mocks/scenarios.test.tsx checks the declared order on fake time.
    await expectTakenInTurn(page, load)
    await arrivals(page, language) // and each told in the live region, in the page's language
    expect(load.cls).toBe(0)
    expect(await horizontalOverflow(page)).toBe(0)
    expect(consoleProblems.filter((text) => !isNetworkLog(text))).toEqual([])
    if (Object.values(scenario.expect).every((state) => state === 'data' || state === 'empty')) {
      expect(consoleProblems.filter((text) => !/status of 503/.test(text))).toEqual([])
    }
  })
}
