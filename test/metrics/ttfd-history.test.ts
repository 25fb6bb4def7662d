import { afterEach, describe, expect, test, vi } from 'vitest'
import { appendHistory, clearHistory, HISTORY_SIZE, readHistory } from '../../src/metrics/ttfd-history'

const KEY = 'ecomarket:ttfd-history'

describe('stored history read back', () => {
  afterEach(() => clearHistory())

  // Raw text, as another tab or a hand edit could leave it: `1e999` is Infinity once parsed.
  test.each([
    ['a scenario that is an object', '{"at": 1, "ttfdMs": 120, "scenario": {"toString": 1}}'],
    ['a negative time', '{"at": 1, "ttfdMs": -40}'],
    ['an infinite time', '{"at": 1, "ttfdMs": 1e999}'],
    ['a time of 10 years', '{"at": 1, "ttfdMs": 315360000000}'],
    ['a time as text', '{"at": 1, "ttfdMs": "120"}'],
    ['no timestamp', '{"ttfdMs": 120}'],
    ['a negative timestamp', '{"at": -1, "ttfdMs": 120}'],
    ['null', 'null'],
    ['a list', '[1, 2]'],
    ['a prototype key', '{"__proto__": {"ttfdMs": 1}, "at": 1}'],
  ])('an entry with %s is dropped, and the good ones kept', (_, bad) => {
    localStorage.setItem(KEY, `[{"at": 1, "ttfdMs": 100}, ${bad}, {"at": 2, "ttfdMs": 150, "scenario": "flaky"}]`)
    expect(readHistory()).toEqual([
      { at: 1, ttfdMs: 100 },
      { at: 2, ttfdMs: 150, scenario: 'flaky' },
    ])
  })

  test.each(['{}', '"history"', '42', 'true', '{not json', ''])(
    'storage holding %j reads as an empty history',
    (raw) => {
      localStorage.setItem(KEY, raw)
      expect(readHistory()).toEqual([])
    },
  )

  test('extra fields are not carried along', () => {
    localStorage.setItem(KEY, '[{"at": 1, "ttfdMs": 100, "html": "<img src=x onerror=alert(1)>"}]')
    expect(readHistory()).toEqual([{ at: 1, ttfdMs: 100 }])
  })

  test('appending to a history with bad entries keeps only good ones', () => {
    localStorage.setItem(KEY, '[{"at": 1, "ttfdMs": -5}, {"at": 2, "ttfdMs": 90}]')
    expect(appendHistory({ at: 3, ttfdMs: 110 })).toEqual([
      { at: 2, ttfdMs: 90 },
      { at: 3, ttfdMs: 110 },
    ])
  })

  test(`reads at most the last ${HISTORY_SIZE} entries of a huge stored list`, () => {
    localStorage.setItem(KEY, JSON.stringify(Array.from({ length: 10_000 }, (_, i) => ({ at: i, ttfdMs: i % 700 }))))
    const history = readHistory()
    expect(history).toHaveLength(HISTORY_SIZE)
    expect(history.at(-1)).toEqual({ at: 9_999, ttfdMs: 9_999 % 700 })
  })
})

describe('time-to-first-data history', () => {
  afterEach(() => clearHistory())

  test(`keeps the last ${HISTORY_SIZE} loads`, () => {
    for (let i = 0; i < HISTORY_SIZE + 5; i++) appendHistory({ at: i, ttfdMs: 100 + i })
    const history = readHistory()
    expect(history).toHaveLength(HISTORY_SIZE)
    expect(history[0].ttfdMs).toBe(105)
  })

  test('blocked storage (reading localStorage throws) means an empty, unsaved history, never a crash', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    expect(readHistory()).toEqual([])
    expect(appendHistory({ at: 1, ttfdMs: 120 })).toEqual([{ at: 1, ttfdMs: 120 }])
    expect(() => clearHistory()).not.toThrow()
  })

  test('unreadable storage counts as an empty history', () => {
    localStorage.setItem('ecomarket:ttfd-history', '{not json')
    expect(readHistory()).toEqual([])
    localStorage.setItem(
      'ecomarket:ttfd-history',
      JSON.stringify([
        { at: 1, ttfdMs: 'x' },
        { at: 2, ttfdMs: 150 },
      ]),
    )
    expect(readHistory()).toEqual([{ at: 2, ttfdMs: 150 }])
  })
})
