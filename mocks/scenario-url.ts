import { endpointNames, endpoints, type EndpointName } from '../src/api/endpoints'
import {
  defaultLive,
  defaultScenario,
  findScenario,
  outcomes,
  scenarios,
  WRITE_KNOB,
  writeOutcomes,
  type EndpointBehaviour,
  type LiveBehaviour,
  type Outcome,
  type Scenario,
  type SectionExpectation,
  type WriteBehaviour,
} from './scenarios'

// The URL contract: ?scenario=<id>, then ?<endpoint>=<ms> | <outcome> | <outcome>@<ms> on top of it,
// and ?mark-read= the same way for the writes.

export const MAX_LATENCY_MS = 60_000
/** The live socket pushes at most this often, so a typo can't flood the page. */
export const MIN_LIVE_EVERY_MS = 100
export const MAX_LIVE_EVERY_MS = 3_600_000

export type Overrides = Partial<Record<EndpointName, Partial<EndpointBehaviour>>> & {
  /** The writes' behaviour (`?mark-read=`). */
  [WRITE_KNOB]?: Partial<WriteBehaviour>
}

export interface ScenarioSelection {
  scenario: Scenario
  /** The registry id the selection starts from. */
  baseId: string
  overrides: Overrides
  /** `?live=…`, when the URL sets it. */
  live?: LiveBehaviour
  /** One line per value that was not understood; each names the value and what is accepted. */
  warnings: string[]
}

const specHelp = `use <ms> (0–${MAX_LATENCY_MS}), an outcome (${outcomes.join(', ')}) or <outcome>@<ms>`
const writeSpecHelp = `use <ms> (0–${MAX_LATENCY_MS}), an outcome (${writeOutcomes.join(', ')}) or <outcome>@<ms>`

/** The most of a value a warning repeats: enough to recognise it, never a wall of text. */
export const QUOTED_CHARS = 40
const quoted = (raw: string) => `"${raw.length > QUOTED_CHARS ? `${raw.slice(0, QUOTED_CHARS)}…` : raw}"`
const liveHelp = `use <ms> (${MIN_LIVE_EVERY_MS}–${MAX_LIVE_EVERY_MS}), off, drop@<ms> or both, such as 500,drop@300`

/**
 * Reads `?live=`: `<ms>` pushes one notification every <ms>, `off` pushes none, `drop@<ms>` drops
 * the first connection <ms> after it opens; `500,drop@300` does both. Undefined if it isn't one.
 */
export function parseLiveSpec(raw: string): LiveBehaviour | undefined {
  const live: LiveBehaviour = { ...defaultLive }
  for (const part of raw.trim().toLowerCase().split(',')) {
    const drop = /^drop@(\d+)$/.exec(part)
    if (part === 'off') live.everyMs = null
    else if (/^\d+$/.test(part) && Number(part) >= MIN_LIVE_EVERY_MS && Number(part) <= MAX_LIVE_EVERY_MS)
      live.everyMs = Number(part)
    else if (drop && Number(drop[1]) <= MAX_LATENCY_MS) live.dropAfterMs = Number(drop[1])
    else return undefined
  }
  return live
}

/** Reads one endpoint spec such as `800`, `timeout` or `error@300`; undefined if it isn't one. */
export function parseSpec(raw: string): Partial<EndpointBehaviour> | undefined
/** The same for the writes' knob, whose outcomes are fewer. */
export function parseSpec(raw: string, accepted: typeof writeOutcomes): Partial<WriteBehaviour> | undefined
export function parseSpec(
  raw: string,
  accepted: readonly string[] = outcomes,
): Partial<{ outcome: string; latencyMs: number }> | undefined {
  const match = /^(?:([a-z]+)(?:@(\d+))?|(\d+))$/.exec(raw.trim().toLowerCase())
  if (!match) return undefined
  const [, outcome, outcomeMs, bareMs] = match
  const msText = outcomeMs ?? bareMs
  const latencyMs = msText === undefined ? undefined : Number(msText)
  if (latencyMs !== undefined && latencyMs > MAX_LATENCY_MS) return undefined
  if (outcome !== undefined && !accepted.includes(outcome)) return undefined
  return {
    ...(outcome !== undefined && { outcome }),
    ...(latencyMs !== undefined && { latencyMs }),
  }
}

export function formatSpec(behaviour: Partial<{ outcome: string; latencyMs: number }>): string {
  if (behaviour.outcome === undefined) return String(behaviour.latencyMs)
  return behaviour.latencyMs === undefined ? behaviour.outcome : `${behaviour.outcome}@${behaviour.latencyMs}`
}

/** What a section ends in under an overridden behaviour: the outcome, unless the latency outlasts the timeout. */
export function expectationFor(name: EndpointName, behaviour: EndpointBehaviour): SectionExpectation {
  if (behaviour.outcome === 'timeout' || behaviour.latencyMs >= endpoints[name].timeoutMs) return 'timeout'
  const byOutcome: Record<Exclude<Outcome, 'timeout'>, SectionExpectation> = {
    ok: 'data',
    empty: name === 'profile' ? 'data' : 'empty',
    offline: 'offline',
    error: 'http',
    malformed: 'invalid-data',
    // Wrong items and items past the bound are left out; the rest is data, with a note.
    partial: 'data',
    overlong: 'data',
  }
  return byOutcome[behaviour.outcome]
}

/** A registry scenario with per-endpoint overrides applied; expectations follow the overrides. */
export function applyOverrides(base: Scenario, overrides: Overrides): Scenario {
  const result: Scenario = { ...base, endpoints: { ...base.endpoints }, expect: { ...base.expect } }
  for (const name of endpointNames) {
    const override = overrides[name]
    if (!override) continue
    result.endpoints[name] = { ...base.endpoints[name], ...override }
    if (override.outcome !== undefined) delete result.endpoints[name].failFirst
    result.expect[name] = expectationFor(name, result.endpoints[name])
  }
  if (overrides[WRITE_KNOB]) result.writes = { ...base.writes, ...overrides[WRITE_KNOB] }
  return result
}

export function parseScenarioUrl(search: string): ScenarioSelection {
  const params = new URLSearchParams(search)
  const warnings: string[] = []
  let base = defaultScenario
  const requestedId = params.get('scenario')
  if (requestedId !== null) {
    const found = findScenario(requestedId.trim().toLowerCase())
    if (found) base = found
    else {
      warnings.push(
        `Unknown scenario ${quoted(requestedId)}. Accepted: ${scenarios.map((s) => s.id).join(', ')}. Running "${defaultScenario.id}".`,
      )
    }
  }
  const overrides: Overrides = {}
  for (const name of endpointNames) {
    const raw = params.get(name)
    if (raw === null) continue
    const spec = parseSpec(raw)
    if (spec) overrides[name] = spec
    else warnings.push(`Ignored ${name}=${quoted(raw)}: ${specHelp}. Example: ?${name}=timeout or ?${name}=error@300.`)
  }
  const rawWrites = params.get(WRITE_KNOB)
  if (rawWrites !== null) {
    const spec = parseSpec(rawWrites, writeOutcomes)
    if (spec) overrides[WRITE_KNOB] = spec
    else
      warnings.push(
        `Ignored ${WRITE_KNOB}=${quoted(rawWrites)}: ${writeSpecHelp}. Example: ?${WRITE_KNOB}=error or ?${WRITE_KNOB}=offline.`,
      )
  }
  const rawLive = params.get('live')
  const live = rawLive === null ? undefined : parseLiveSpec(rawLive)
  if (rawLive !== null && !live) warnings.push(`Ignored live=${quoted(rawLive)}: ${liveHelp}.`)
  const scenario = applyOverrides(base, overrides)
  if (live) scenario.live = live
  return { scenario, baseId: base.id, overrides, live, warnings }
}

/** The query string that reproduces a selection; other parameters on the page are kept. */
export function scenarioSearch(currentSearch: string, baseId: string, overrides: Overrides): string {
  const params = new URLSearchParams(currentSearch)
  params.delete('scenario')
  for (const name of [...endpointNames, WRITE_KNOB]) params.delete(name)
  if (baseId !== defaultScenario.id) params.set('scenario', baseId)
  for (const name of [...endpointNames, WRITE_KNOB] as const) {
    const override = overrides[name]
    if (override) params.set(name, formatSpec(override))
  }
  // '@' is legal in a query string; leaving it unescaped keeps shared URLs readable.
  const text = params.toString().replaceAll('%40', '@')
  return text ? `?${text}` : ''
}

/** A short name for a selection, such as `flaky` or `documented, products=800`. */
export function describeSelection(baseId: string, overrides: Overrides): string {
  const extra = scenarioSearch('', defaultScenario.id, overrides).slice(1).replaceAll('&', ', ')
  return extra ? `${baseId}, ${extra}` : baseId
}
