import * as v from 'valibot'
import { endpointNames } from '../api/endpoints'
import { sectionsOf, timeToFirstData, type LoadRecord } from './load-recorder'

// One beacon per load to VITE_METRICS_URL: time to first data, each section's duration and
// outcome, and the scenario. With no URL set, nothing is sent.

const sectionReportSchema = v.object({ durationMs: v.number(), outcome: v.string(), attempts: v.number() })

export const beaconSchema = v.object({
  ttfdMs: v.nullable(v.number()),
  sections: v.record(v.picklist(endpointNames), sectionReportSchema),
  scenario: v.optional(v.string()),
})
export type Beacon = v.InferOutput<typeof beaconSchema>

export function beaconFor(load: LoadRecord): Beacon {
  const sections: Beacon['sections'] = {}
  for (const section of sectionsOf(load)) {
    sections[section.name] = {
      durationMs: Math.round((section.settledAt ?? section.startedAt) - section.startedAt),
      outcome: section.outcome ?? 'pending',
      attempts: section.failures.length + 1,
    }
  }
  const ttfd = timeToFirstData(load)
  return {
    ttfdMs: ttfd === undefined ? null : Math.round(ttfd),
    sections,
    ...(load.scenario && { scenario: load.scenario }),
  }
}

/**
 * Sends the load's beacon; returns whether one was sent. Not `navigator.sendBeacon`, which always
 * carries the shopper's cookies: a `keepalive` fetch outlives the page just the same, and
 * `credentials: 'omit'` keeps cookies and other credentials away from the collector. Like a
 * beacon it is a simple `no-cors` request (JSON sent as text/plain), so no preflight is needed
 * and nothing of the answer is read.
 */
export function sendLoadBeacon(load: LoadRecord, url: string | undefined = import.meta.env.VITE_METRICS_URL): boolean {
  if (!url || typeof fetch !== 'function') return false
  const sending = fetch(url, {
    method: 'POST',
    body: JSON.stringify(beaconFor(load)),
    mode: 'no-cors',
    keepalive: true,
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
  })
  sending.catch(() => {}) // metrics are best effort: a lost beacon never troubles the shopper
  return true
}
