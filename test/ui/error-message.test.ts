import { afterEach, describe, expect, test, vi } from 'vitest'
import { ApiError } from '../../src/api/api-error'
import { describeError } from '../../src/ui/error-message'
import { kindOfAlert } from '../error-wording'

const http = (status: number) => describeError(new ApiError('http', 'products', `HTTP ${status}`, { status }), 'Products')
const text = ({ title, hint }: { title: string; hint: string }) => `${title} ${hint}`

describe('what a failed section says', () => {
  afterEach(() => vi.restoreAllMocks())

  test.each([
    [401, /sign-in needed.*Sign in to EcoMarket again/],
    [403, /no permission.*doesn't have access/],
    [429, /too many requests.*busy right now\. Try again in a moment/],
    [500, /server error 500.*on our side/],
    [503, /server error 503.*on our side/],
    [404, /request error 404/],
  ])('HTTP %i: %s', (status, wording) => {
    expect(text(http(status))).toMatch(wording)
    expect(kindOfAlert(http(status).title)).toBe('http')
  })

  test.each([401, 403, 404, 429])('HTTP %i never blames our side', (status) => {
    expect(text(http(status))).not.toMatch(/on our side/)
  })

  test('a drawing error says what happened and promises nothing of Retry', () => {
    const message = describeError(new RangeError('Invalid time value'), 'Notifications')
    expect(message.title).toBe("Notifications couldn't be shown")
    expect(text(message)).toMatch(/could not be displayed/)
    expect(text(message)).not.toMatch(/retry/i)
  })
})
