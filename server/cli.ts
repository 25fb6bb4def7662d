import { endpointNames } from '../src/api/endpoints'
import { sessionFrom, type ScenarioSession } from './scenario-sessions'

// What both command lines share: the scenario flags, in the URL's syntax, and a clean exit on a
// bad value (the page shows the same words as a warning and runs on; a command line just stops).

export const scenarioFlags = {
  scenario: { type: 'string' },
  live: { type: 'string' },
  ...Object.fromEntries(endpointNames.map((name) => [name, { type: 'string' as const }])),
} as const

export const scenarioFlagNames = ['scenario', 'live', ...endpointNames] as const

/** Stops the command with a message and exit code 2, as a bad flag should. */
export function refuse(message: string): never {
  console.error(message)
  process.exit(2)
}

/** The scenario the flags ask for (`--scenario flaky --products error@300`); refuses unknown values. */
export function sessionFromFlags(values: Record<string, unknown>): ScenarioSession {
  const params = new URLSearchParams()
  for (const key of scenarioFlagNames) {
    const value = values[key]
    if (typeof value === 'string') params.set(key, value)
  }
  const { session, warnings } = sessionFrom(`?${params}`)
  // The page's wording ends with what it runs instead; a command line runs nothing.
  if (warnings.length) refuse(warnings.map((warning) => warning.replace(/ Running "[^"]+"\.$/, '')).join('\n'))
  return session
}

export function portFrom(text: string): number {
  const port = Number(text)
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    refuse(`--port must be a whole number from 0 to 65535, not "${text}".`)
  return port
}

export function closeOnSignals(close: () => Promise<unknown>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void close().then(() => process.exit(0)))
}
