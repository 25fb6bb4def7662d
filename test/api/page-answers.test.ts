import { expect, test } from 'vitest'
import { ApiError } from '../../src/api/api-error'
import { adoptPageAnswer, settlesSection, type PageAnswer } from '../../src/api/page-answers'

// A streamed answer as its query's first attempt (src/api/page-answers.ts).

const answer = (outcome: PageAnswer['outcome']): PageAnswer => ({ v: 1, name: 'products', at: 0, outcome, strings: {} })

test('data is the attempt’s result', () => {
  expect(adoptPageAnswer(answer({ data: [1, 2] }))).toEqual([1, 2])
  expect(settlesSection(answer({ data: [] }))).toBe(true)
})

test('a failure is the ApiError a fetch would have thrown, with its status and Retry-After', () => {
  const adopt = () => adoptPageAnswer(answer({ error: { kind: 'http', status: 429, retryAfterMs: 3000 } }))
  expect(adopt).toThrow(ApiError)
  try {
    adopt()
  } catch (error) {
    expect(error).toMatchObject({
      kind: 'http',
      status: 429,
      retryAfterMs: 3000,
      endpoint: 'products',
      isTransient: true,
    })
  }
})

test.each([
  [{ kind: 'offline' }, false],
  [{ kind: 'http', status: 503 }, false],
  [{ kind: 'http', status: 404 }, true],
  [{ kind: 'timeout' }, true],
  [{ kind: 'invalid-data' }, true],
] as const)('%o settles its section: %s (only a failure the browser retries leaves the skeleton)', (error, settles) => {
  expect(settlesSection(answer({ error }))).toBe(settles)
})
