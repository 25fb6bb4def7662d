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
  return { ttfdMs: ttfd === undefined ? null : Math.round(ttfd), sections, ...(load.scenario && { scenario: load.scenario }) }
}

/** Sends the load's beacon; returns whether one was queued. */
export function sendLoadBeacon(load: LoadRecord, url: string | undefined = import.meta.env.VITE_METRICS_URL): boolean {
  if (!url || typeof navigator.sendBeacon !== 'function') return false
  const body = new Blob([JSON.stringify(beaconFor(load))], { type: 'application/json' })
  return navigator.sendBeacon(url, body)
}
