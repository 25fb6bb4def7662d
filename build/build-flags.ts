import { loadEnv, type Plugin, type ResolvedConfig } from 'vite'

// What only some loads need stays in chunks of its own: saving data and the live channel run after
// the first render, restoring saved data (with TanStack's persister) only when something is saved,
// the live region's watcher after the first render, the answers' reader on a streamed page, and
// what only a hydrated page draws or does (src/ui/use-after-hydration.ts): the sections' footers,
// the offline banner, Retry all, the notifications' writes with their controls and TanStack's mutation hooks;
// and the products filter's view, which only a page opened with a filter loads before its first render.
const lazyModules = [
  /src\/api\/(saved-data(-writer)?|send-write|writes)\.ts$/,
  /src\/sections\/notifications\/(live-notifications|new-notifications-announcer|notification-(actions|writes)|pending-writes-storage)\.tsx?$/,
  /src\/sections\/products\/filter-view\.tsx$/,
  /src\/ui\/(section-watch|every-failed|announcements|after-hydration|section-freshness|offline-banner|retry-all)\.tsx?$/,
  /src\/i18n\/format-age\.ts$/,
  /src\/app\/streamed-answers\.ts$/,
  /@tanstack\/(query-async-storage-persister|query-persist-client-core|react-query-persist-client)\//,
  /@tanstack\/query-core\/build\/modern\/(hydration|mutationObserver)\.js$/,
  /@tanstack\/react-query\/build\/modern\/(useMutation|useMutationState)\.js$/,
]

// With mocking off nothing else loads lazily but each language's catalog, so the app ships as one
// script (one request to share a slow connection with the API calls) plus the shopper's catalog.
const appAndCatalogs = {
  groups: [
    {
      name: 'app',
      // index.html is an input of its own with nothing to run: its module stays out of the app's chunk.
      test: (id: string) =>
        !id.endsWith('.html') && !id.includes('icu-messages:') && !lazyModules.some((module) => module.test(id)),
    },
  ],
}

/**
 * The one reading of VITE_API_MOCKING, from the environment and the .env files of the build's
 * envDir alike: it becomes the __MOCK_API__ constant (read in the code by src/app/build-flags.ts
 * alone) and the chunking, and every other plugin reads that constant back (isMockBuild).
 */
export function buildFlags(): Plugin {
  return {
    name: 'ecomarket-build-flags',
    config(config, { mode }) {
      const env = loadEnv(mode, config.envDir || config.root || process.cwd(), 'VITE_')
      const mocking = env.VITE_API_MOCKING !== 'off'
      return {
        define: { __MOCK_API__: JSON.stringify(mocking) },
        environments: {
          client: { build: { rolldownOptions: { output: { codeSplitting: mocking ? true : appAndCatalogs } } } },
        },
      }
    },
  }
}

/** Whether a build carries the mock API, as the plugins read it: from the one constant. */
export const isMockBuild = (config: Pick<ResolvedConfig, 'define'> | { define?: Record<string, unknown> }) =>
  config.define?.__MOCK_API__ !== 'false'
