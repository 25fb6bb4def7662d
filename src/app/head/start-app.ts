import { BOOT_FAILED_EVENT } from '../boot-events'
import { showBootFailure } from '../boot-failure'
import { isStreamedPage, STREAMED_EVENT } from '../streamed-page'
import { preloadModule } from './language'

export interface StartAppConfig {
  /** The app's entry chunk. */
  entry: string
  /** Chunks the entry loads at once; a streamed page preloads them only after its first section. */
  preload: string[]
  /** Chunks only a streamed page loads. */
  streamed: string[]
  /** Each language's catalog chunk, by locale. */
  catalogs: Record<string, string>
}

type ImportModule = (url: string) => Promise<unknown>

/** A hidden tab paints no frames, so there the app starts at once. */
const afterNextFrame = (run: () => void) =>
  document.visibilityState === 'hidden' ? run() : requestAnimationFrame(() => setTimeout(run))

/**
 * The page's loader. A static page starts the app after its first frame, so the prerendered shell
 * never waits for React to evaluate. A streamed page downloads the app once its first section has
 * arrived and been painted (it never takes bandwidth or main-thread time from the first data) and starts it once the whole document
 * has (its main-thread work never delays a streamed section's paint). An entry that fails to load
 * is asked for once more; then the page says so and offers Reload.
 */
export function startApp(config: StartAppConfig, importModule: ImportModule = (url) => import(/* @vite-ignore */ url)) {
  // A later piece of the app that fails to load (src/app/boot-events.ts) gets the same message.
  document.addEventListener(BOOT_FAILED_EVENT, (event) => showBootFailure((event as CustomEvent).detail))
  const run = () => {
    importModule(config.entry)
      // A module whose fetch failed stays failed under its URL, so the second try asks under another.
      .catch(() => importModule(`${config.entry}?retry=1`))
      .catch((error: unknown) => showBootFailure(error))
  }
  if (!isStreamedPage()) return afterNextFrame(run)
  let preloaded = false
  const preload = () => {
    if (preloaded) return
    preloaded = true
    const catalog = config.catalogs[document.documentElement.lang]
    for (const file of [...config.preload, ...config.streamed, ...(catalog ? [catalog] : [])]) preloadModule(file)
  }
  // After the first section's frame: adding the preloads costs the main thread tens of milliseconds,
  // which that section's paint would otherwise wait for.
  document.addEventListener(STREAMED_EVENT, () => afterNextFrame(preload), { once: true })
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      preload()
      afterNextFrame(run)
    },
    { once: true },
  )
}
