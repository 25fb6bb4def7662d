// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { freshMemory, nextAnnouncement, type SectionMemory } from '../../src/ui/announcements'
import type { SectionPhase } from '../../src/ui/section-status'

/** Runs a section through a series of states and returns what would be said at each step. */
function say(...steps: [SectionPhase, number?][]): (string | undefined)[] {
  let memory: SectionMemory = freshMemory
  return steps.map(([phase, attempt = 0]) => {
    const { memory: next, announcement } = nextAnnouncement('products', memory, {
      phase,
      attempt,
      omitted: 0,
      changedAt: 0,
    })
    memory = next
    return announcement && `${announcement.key}${announcement.attempt ? ` ${announcement.attempt}` : ''}`
  })
}

describe('what the live region says about one section', () => {
  test('an arrival, once', () => {
    expect(say(['loading'], ['data'], ['data'])).toEqual([undefined, 'loaded', undefined])
    expect(say(['empty'])).toEqual(['loadedEmpty'])
  })

  test('each automatic retry, then the arrival', () => {
    expect(say(['retrying', 1], ['retrying', 1], ['retrying', 2], ['data'])).toEqual([
      'tryingAgain 1',
      undefined,
      'tryingAgain 2',
      'loaded',
    ])
  })

  test('a failure, a Retry, and a Retry that worked', () => {
    expect(say(['retrying', 1], ['failed'], ['loading'], ['data'])).toEqual([
      'tryingAgain 1',
      'loadFailed',
      'reloading',
      'retried',
    ])
  })

  test('a Retry that fails again and a later one that works', () => {
    expect(say(['failed'], ['loading'], ['retrying', 1], ['failed'], ['loading'], ['data'])).toEqual([
      'loadFailed',
      'reloading',
      'tryingAgain 1',
      'loadFailed',
      'reloading',
      'retried',
    ])
  })

  test('a fresh load after data (a new scenario) is told as a first arrival again', () => {
    expect(say(['data'], ['loading'], ['data'])).toEqual(['loaded', undefined, 'loaded'])
  })
})
