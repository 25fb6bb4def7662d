import { http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { beaconSchema, type Beacon } from '../src/metrics/beacon'

// In mock mode the metrics endpoint is the mock API's too: it checks each beacon and keeps it.

const received: Beacon[] = []

export const receivedBeacons = (): readonly Beacon[] => received

export const metricsHandler = (url: string) =>
  http.post(url, async ({ request }) => {
    const parsed = v.safeParse(beaconSchema, await request.json().catch(() => undefined))
    if (!parsed.success) return HttpResponse.json({ message: v.summarize(parsed.issues) }, { status: 400 })
    received.push(parsed.output)
    return new HttpResponse(null, { status: 204 })
  })
