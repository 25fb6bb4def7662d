import { vi } from 'vitest'

let allowed: RegExp[] = []
let unexpected: unknown[][] = []

const record = (args: unknown[]) => {
  const text = args.map(String).join(' ')
  if (!allowed.some((pattern) => pattern.test(text))) unexpected.push(args)
}

export function watchConsole(): void {
  allowed = []
  unexpected = []
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => record(args))
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => record(args))
}

/** Announces console output the current test expects, such as React's report of a caught render error. */
export function allowConsole(pattern: RegExp): void {
  allowed.push(pattern)
}

export function takeUnexpectedConsole(): unknown[][] {
  const found = unexpected
  unexpected = []
  return found
}
