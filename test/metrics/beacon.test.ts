import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { server } from '../../mocks/node'
import { metricsHandler, receivedBeacons } from '../../mocks/metrics-inbox'
import { beaconFor, sendLoadBeacon } from '../../src/metrics/beacon'
import type { LoadRecord } from '../../src/metrics/load-recorder'
import { advance } from '../render'

const load: LoadRecord = {
  id: 1,
  startedAt: 0,
  scenario: 'notifications-timeout',
  sections: {
    categories: { name: 'categories', startedAt: 80, failures: [], settledAt: 185, outcome: 'data', order: 1 },
    products: {
      name: 'products',
      startedAt: 80,
      failures: [{ at: 120, kind: 'http' }],
      settledAt: 420,
      outcome: 'data',
      order: 2,
    },
    profile: { name: 'profile', startedAt: 81, failures: [], settledAt: 590, outcome: 'data', order: 3 },
    notifications: {
      name: 'notifications',
      startedAt: 81,
      failures: [],
      settledAt: 2081,
      outcome: 'timeout',
      order: 4,
    },
  },
}

describe('metrics beacon', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  test('holds time to first data, each section duration and outcome, and the scenario', () => {
    expect(beaconFor(load)).toEqual({
      ttfdMs: 185,
      scenario: 'notifications-timeout',
      sections: {
        categories: { durationMs: 105, outcome: 'data', attempts: 1 },
        products: { durationMs: 340, outcome: 'data', attempts: 2 },
        profile: { durationMs: 509, outcome: 'data', attempts: 1 },
        notifications: { durationMs: 2000, outcome: 'timeout', attempts: 1 },
      },
    })
  })

  test('sends nothing when no metrics URL is set', () => {
    const send = vi.spyOn(globalThis, 'fetch')
    expect(sendLoadBeacon(load, undefined)).toBe(false)
    expect(sendLoadBeacon(load, '')).toBe(false)
    expect(send).not.toHaveBeenCalled()
  })

  test("sends one JSON beacon to the metrics URL, without the shopper's cookies, surviving the page", async () => {
    vi.useFakeTimers()
    const sendBeacon = vi.fn(() => true)
    vi.stubGlobal('navigator', { ...navigator, sendBeacon })
    const received: {
      credentials: RequestCredentials
      keepalive: boolean
      mode: RequestMode
      referrerPolicy: ReferrerPolicy
      body: unknown
    }[] = []
    server.use(
      http.post('https://metrics.test/collect', async ({ request }) => {
        const { credentials, keepalive, mode, referrerPolicy } = request
        received.push({ credentials, keepalive, mode, referrerPolicy, body: JSON.parse(await request.text()) })
        return new HttpResponse(null, { status: 204 })
      }),
    )
    expect(sendLoadBeacon(load, 'https://metrics.test/collect')).toBe(true)
    await advance(1_000)
    expect(received).toHaveLength(1)
    // navigator.sendBeacon always sends cookies, so it must not be what carries the beacon.
    expect(sendBeacon).not.toHaveBeenCalled()
    expect(received[0]).toEqual({
      credentials: 'omit',
      keepalive: true,
      mode: 'no-cors',
      referrerPolicy: 'no-referrer',
      body: beaconFor(load),
    })
  })

  test('a collector that is down troubles nobody', async () => {
    vi.useFakeTimers()
    const refused = vi.fn(() => HttpResponse.error())
    server.use(http.post('https://metrics.test/collect', refused))
    expect(sendLoadBeacon(load, 'https://metrics.test/collect')).toBe(true)
    await advance(1_000) // the send fails in here, and an unhandled rejection would fail the test here
    expect(refused).toHaveBeenCalledTimes(1)
  })

  test('the mock API accepts a valid beacon and refuses anything else', async () => {
    server.use(metricsHandler('*/api/metrics'))
    const post = (body: string) => fetch(new URL('/api/metrics', location.origin), { method: 'POST', body })
    expect((await post(JSON.stringify(beaconFor(load)))).status).toBe(204)
    expect(receivedBeacons().at(-1)).toEqual(beaconFor(load))
    expect((await post('{"ttfdMs":"fast"}')).status).toBe(400)
    expect((await post('not json')).status).toBe(400)
  })
})
