import type { Page } from '@playwright/test'

export interface LoadRecord {
  settled: Record<string, number>
  painted: Record<string, number>
  states: Record<string, string>
  requests: Record<string, { start: number; end: number }>
  cls: number
  /** First contentful paint, ms from navigation start. */
  fcp: number | undefined
  /** The first frame with section landmarks (skeletons) on screen. */
  skeletonsVisible: number
  order: string[]
}
export declare const probeInitScript: string
export declare function collectLoad(page: Page, options?: { timeoutMs?: number }): Promise<LoadRecord>
