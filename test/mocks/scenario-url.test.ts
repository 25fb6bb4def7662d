// @vitest-environment node
import { describe, expect, test } from 'vitest'
import {
  applyOverrides,
  parseLiveSpec,
  parseScenarioUrl,
  parseSpec,
  QUOTED_CHARS,
  scenarioSearch,
} from '../../mocks/scenario-url'
import { defaultLive, defaultScenario, findScenario, scenarios } from '../../mocks/scenarios'

describe('endpoint specs', () => {
  test.each([
    ['800', { latencyMs: 800 }],
    ['timeout', { outcome: 'timeout' }],
    ['error@300', { outcome: 'error', latencyMs: 300 }],
    [' Offline@0 ', { outcome: 'offline', latencyMs: 0 }],
    ['empty', { outcome: 'empty' }],
    ['partial', { outcome: 'partial' }],
    ['overlong@0', { outcome: 'overlong', latencyMs: 0 }],
  ])('"%s" is understood', (raw, spec) => {
    expect(parseSpec(raw)).toEqual(spec)
  })

  test.each([
    '',
    'fast',
    '-5',
    '1.5',
    '1e3',
    'error@',
    '@300',
    'error@-1',
    'ok@abc',
    '999999',
    'timeout@300@1',
    '<script>',
  ])('"%s" is rejected', (raw) => {
    expect(parseSpec(raw)).toBeUndefined()
  })
})

describe('parseScenarioUrl', () => {
  test('no parameters runs the documented scenario with no warnings', () => {
    expect(parseScenarioUrl('')).toEqual({
      scenario: defaultScenario,
      baseId: 'documented',
      overrides: {},
      warnings: [],
    })
  })

  test('a scenario id picks that scenario', () => {
    const { scenario, warnings } = parseScenarioUrl('?scenario=flaky')
    expect(scenario).toEqual(findScenario('flaky'))
    expect(warnings).toEqual([])
  })

  test('a partly wrong or overlong list is still data: the section shows it, with a note', () => {
    const { scenario } = parseScenarioUrl('?products=partial&categories=overlong&profile=partial')
    expect(scenario.expect).toEqual({ products: 'data', categories: 'data', profile: 'data', notifications: 'data' })
  })

  test('overrides apply on top of the scenario and change what it expects', () => {
    const { scenario } = parseScenarioUrl('?scenario=slow&products=800&notifications=timeout&profile=error@300')
    expect(scenario.endpoints.products).toEqual({ latencyMs: 800, outcome: 'ok' })
    expect(scenario.endpoints.notifications.outcome).toBe('timeout')
    expect(scenario.endpoints.profile).toEqual({ latencyMs: 300, outcome: 'error' })
    expect(scenario.endpoints.categories.latencyMs).toBe(300) // still slow's
    expect(scenario.expect).toEqual({ products: 'data', categories: 'data', profile: 'http', notifications: 'timeout' })
  })

  test('a latency past the timeout is expected to time out', () => {
    expect(parseScenarioUrl('?products=5000').scenario.expect.products).toBe('timeout')
  })

  test('an unknown id warns, names the value and the accepted ids, and runs the default', () => {
    const { scenario, warnings } = parseScenarioUrl('?scenario=<b>nope</b>')
    expect(scenario).toEqual(defaultScenario)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('"<b>nope</b>"')
    for (const s of scenarios) expect(warnings[0]).toContain(s.id)
  })

  test('a bad spec warns with the accepted syntax, and the other parameters still apply', () => {
    const { scenario, warnings } = parseScenarioUrl('?products=fast&categories=error&scenario=')
    expect(scenario.endpoints.products).toEqual(defaultScenario.endpoints.products)
    expect(scenario.endpoints.categories.outcome).toBe('error')
    expect(warnings).toHaveLength(2)
    expect(warnings.join('\n')).toMatch(/Unknown scenario ""/)
    expect(warnings.join('\n')).toMatch(/products="fast".*timeout, offline, error, malformed, empty/)
  })

  test('a warning repeats only the start of a long value', () => {
    const { warnings } = parseScenarioUrl(`?scenario=${'s'.repeat(8192)}&products=${'p'.repeat(8192)}`)
    expect(warnings[0]).toContain(`"${'s'.repeat(QUOTED_CHARS)}…"`)
    expect(warnings[1]).toContain(`products="${'p'.repeat(QUOTED_CHARS)}…"`)
    for (const warning of warnings) expect(warning.length).toBeLessThan(400)
  })

  test('unrelated parameters are left alone', () => {
    expect(parseScenarioUrl('?utm_source=mail&ref=x').warnings).toEqual([])
  })
})

test('a choice round-trips through the URL', () => {
  const overrides = { notifications: { outcome: 'timeout' as const }, products: { latencyMs: 800 } }
  const search = scenarioSearch('?lang=es&scenario=slow&profile=1', 'flaky', overrides)
  expect(search).toBe('?lang=es&scenario=flaky&products=800&notifications=timeout')
  const parsed = parseScenarioUrl(search)
  expect(parsed.scenario).toEqual(applyOverrides(findScenario('flaky')!, overrides))
})

describe('?live=', () => {
  test.each([
    ['500', { everyMs: 500 }],
    ['off', { everyMs: null }],
    ['drop@300', { everyMs: defaultLive.everyMs, dropAfterMs: 300 }],
    ['1000,drop@300', { everyMs: 1000, dropAfterMs: 300 }],
    [' OFF ', { everyMs: null }],
  ])('%s reads as %o', (raw, live) => {
    expect(parseLiveSpec(raw)).toEqual(live)
    const { scenario, warnings } = parseScenarioUrl(`?live=${raw}`)
    expect(scenario.live).toEqual(live)
    expect(warnings).toEqual([])
  })

  test('every scenario pushes one every 30 s unless the URL says otherwise, and all-down pushes none', () => {
    expect(defaultScenario.live).toEqual({ everyMs: 30_000 })
    expect(findScenario('all-down')!.live.everyMs).toBeNull()
    expect(parseScenarioUrl('?scenario=flaky').scenario.live).toEqual(defaultLive)
  })

  test.each(['fast', '5', '99', 'drop', 'drop@', 'drop@-1', '500,', 'on'])(
    '%s is refused with a warning and the default applies',
    (raw) => {
      const { scenario, warnings } = parseScenarioUrl(`?live=${raw}`)
      expect(scenario.live).toEqual(defaultLive)
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toContain(`Ignored live="${raw}"`)
      expect(warnings[0]).toContain('drop@<ms>')
    },
  )
})
