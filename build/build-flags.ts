import { resolve } from 'node:path'
import type { ModuleInfo } from 'rolldown'
import { loadEnv, type Plugin, type ResolvedConfig } from 'vite'
import { liveNotifications } from '../src/api/endpoints.ts'
import { checkLiveSetting, LIVE_OFF } from '../src/api/live-setting.ts'

/** The page's entry module, whose chunk the loader imports (src/app/head/start-app.ts): it only imports src/app/main.tsx. */
export const ENTRY = 'src/app/entry.ts'
/** Mock mode's first-paint module: the URL warnings and the CSS only mock mode's first paint needs. */
export const FIRST_PAINT = 'src/devtools/first-paint.ts'

// What only some loads need stays in chunks of its own: saving data and the live channel run after
// the first render, restoring saved data (with TanStack's persister) only when something is saved,
// the live region's watcher after the first render, the answers' reader on a streamed page, and
// what only a hydrated page draws or does (src/ui/use-after-hydration.ts): the sections' footers,
// the offline banner, Retry all, the notifications' writes with their controls and TanStack's mutation hooks;
// and the products filter's view, which only a page opened with a filter loads before its first render.
const lazyModules = [
  /src\/api\/(saved-data(-writer)?|send-write|writes|live-setting|live-status|local-storage)\.ts$/,
  /src\/sections\/notifications\/(live-notifications|new-notifications-announcer|notification-(actions|writes)|pending-writes-storage)\.tsx?$/,
  /src\/sections\/products\/filter-view\.tsx$/,
  /src\/ui\/(section-watch|every-failed|announcements|after-hydration|section-freshness|offline-banner|retry-all)\.tsx?$/,
  /src\/i18n\/(format-age|switch-language)\.ts$/,
  /src\/app\/streamed-answers\.ts$/,
  /@tanstack\/(query-async-storage-persister|query-persist-client-core|react-query-persist-client)\//,
  /@tanstack\/query-core\/build\/modern\/(hydration|mutationObserver)\.js$/,
  /@tanstack\/react-query\/build\/modern\/(useMutation|useMutationState)\.js$/,
]

// The entry's chunk holds the entry module alone and exports nothing: no other chunk imports it,
// so the loader's second try under another URL (`?retry=1`) can't leave a chunk loading the app
// a second time under the first URL.

// With mocking off nothing else loads lazily but each language's catalog, so the app ships as the
// entry and one script (preloaded together: one connection shared with the API calls) plus the
// shopper's catalog.
const appAndCatalogs = (entry: string) => ({
  groups: [
    {
      name: 'app',
      // index.html is an input of its own with nothing to run: its module stays out of the app's chunk.
      test: (id: string) =>
        id !== entry &&
        !id.endsWith('.html') &&
        !id.includes('icu-messages:') &&
        !lazyModules.some((module) => module.test(id)),
    },
  ],
})

/** Every module `from` imports statically, directly or not, `from` included. */
function staticClosure(from: string, info: (id: string) => ModuleInfo | null): Set<string> {
  const seen = new Set<string>()
  const visit = (id: string) => {
    if (seen.has(id)) return
    seen.add(id)
    for (const next of info(id)?.importedIds ?? []) visit(next)
  }
  visit(from)
  return seen
}

// In a mock build the chunking stays automatic but for what the entry imports at once: that goes
// into a chunk of its own, less what the first-paint module shares (it stays in the common chunks
// that module loads, render-blocking, and takes nothing of the app's along).
const entryApart = (entry: string, firstPaint: string) => {
  let app: Set<string> | undefined
  return {
    groups: [
      {
        debugName: 'the entry’s imports',
        name: (id: string, chunking: { getModuleInfo: (id: string) => ModuleInfo | null }) => {
          if (!app) {
            const getModuleInfo = (known: string) => chunking.getModuleInfo(known)
            const shared = staticClosure(firstPaint, getModuleInfo)
            app = new Set(
              [...staticClosure(entry, getModuleInfo)].filter((known) => known !== entry && !shared.has(known)),
            )
          }
          return app.has(id) ? 'app' : null
        },
        // Exactly the modules named: a dependency pulled in could be one the first paint shares.
        includeDependenciesRecursively: false,
      },
    ],
  }
}

/**
 * VITE_LIVE_URL as the page carries it (src/api/live-setting.ts): unset, the mock socket in a mock
 * build and none with mocking off (a server that has one says so in the page it serves); empty or
 * `off`, none; otherwise that address. A value that is none of these stops the build.
 */
function liveSetting(env: Record<string, string>, mocking: boolean): string {
  if (env.VITE_LIVE_URL === undefined)
    return mocking ? `${env.VITE_API_BASE_URL ?? ''}${liveNotifications.path}` : LIVE_OFF
  const checked = checkLiveSetting(env.VITE_LIVE_URL)
  if ('problem' in checked) throw new Error(`VITE_LIVE_URL: ${checked.problem}`)
  return checked.setting
}

/**
 * The one reading of VITE_API_MOCKING and VITE_LIVE_URL, from the environment and the .env files of the build's
 * envDir alike. The switch becomes the __MOCK_API__ constant (read in the code by
 * src/app/build-flags.ts alone) and the chunking; the live socket's setting becomes
 * __LIVE_SETTING__, which only build/page-html.ts reads back (the page carries it, the code reads
 * the page). Every other plugin reads these back (isMockBuild, liveSettingOf).
 */
export function buildFlags(): Plugin {
  return {
    name: 'ecomarket-build-flags',
    config(config, { mode }) {
      const root = resolve(config.root || process.cwd())
      const env = loadEnv(mode, config.envDir || root, 'VITE_')
      const mocking = env.VITE_API_MOCKING !== 'off'
      const entry = resolve(root, ENTRY)
      const codeSplitting = mocking ? entryApart(entry, resolve(root, FIRST_PAINT)) : appAndCatalogs(entry)
      return {
        define: {
          __MOCK_API__: JSON.stringify(mocking),
          __LIVE_SETTING__: JSON.stringify(liveSetting(env, mocking)),
        },
        environments: { client: { build: { rolldownOptions: { output: { codeSplitting } } } } },
      }
    },
  }
}

/** Whether a build carries the mock API, as the plugins read it: from the one constant. */
export const isMockBuild = (config: Pick<ResolvedConfig, 'define'> | { define?: Record<string, unknown> }) =>
  config.define?.__MOCK_API__ !== 'false'

/** The live socket's setting the page carries, as the plugins read it back from its constant. */
export const liveSettingOf = (config: Pick<ResolvedConfig, 'define'>): string =>
  JSON.parse(String(config.define?.__LIVE_SETTING__ ?? JSON.stringify(LIVE_OFF)))
