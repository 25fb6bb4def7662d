// The shared parts of the page drawn only once it is hydrated, loaded then as one chunk
// (src/ui/use-after-hydration.ts): each section's footer, the offline banner, Retry all.
export { OfflineBanner } from './offline-banner'
export { RetryAll } from './retry-all'
export { SectionFreshness } from './section-freshness'
