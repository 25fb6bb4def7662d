import type { HtmlTagDescriptor, Plugin } from 'vite'
import { fetchPriority } from '../src/api/early-requests.ts'
import { endpointNames, endpoints } from '../src/api/endpoints.ts'
import { savedDataBuster, savedFreshForMs } from '../src/api/saved-data-version.ts'
import { LIVE_SETTING_META } from '../src/api/live-setting.ts'
import { ENTRY, FIRST_PAINT, isMockBuild, liveSettingOf } from './build-flags.ts'
import { bundleHeadScript } from './head-scripts.ts'
import { DEFAULT_LOCALE, loadShells, type Shells } from './shells.ts'

/** What only a streamed page loads: the reader of its answers. */
const STREAMED_ONLY = 'src/app/streamed-answers.ts'
/** Modules the entry imports at once: they download alongside it, and their CSS is in the first paint. */
const loadedWithEntry = (mocking: boolean) => ['src/app/render-app.tsx', ...(mocking ? ['mocks/browser.ts'] : [])]

/** Marks what only a static host's page has; the streamed document leaves these out (build/streamed-document.ts). */
export const STATIC_HOST_ONLY = { 'data-static-host': '' }

export interface PageHtmlOptions {
  appVersion: string
}

interface Chunk {
  type: 'chunk'
  fileName: string
  isEntry: boolean
  facadeModuleId: string | null
  imports: string[]
  viteMetadata?: { importedCss: Set<string> }
}

/**
 * Builds the page around index.html (which holds only its head's metadata), with tag descriptors:
 * - the head's first script: on a real API it starts the four requests while the HTML is still
 *   parsing; in mock mode it registers the service worker; either way it picks the language;
 * - the prerendered shell in #root, every other language's shell in a template, and a script that
 *   swaps in the chosen one before the first paint;
 * - the first paint's CSS inline, the app's chunks preloaded, and a loader that starts the app after
 *   the first frame (src/app/head/start-app.ts).
 * The dev server gets an empty #root and the entry as a plain module script.
 */
export function pageHtml({ appVersion }: PageHtmlOptions): Plugin {
  let base = '/'
  let mocking = true
  /** VITE_API_BASE_URL: where the head script's requests go; empty for the page's own origin. */
  let apiBase = ''
  let shells: Shells | undefined
  /** Where the live socket is, or `off` (build/build-flags.ts); the dashboard's server sets its own. */
  let liveMeta: HtmlTagDescriptor | undefined
  const headScript = () =>
    mocking
      ? bundleHeadScript('mock-host', { worker: `${base}mockServiceWorker.js`, catalogs: {} })
      : bundleHeadScript('static-host', { requests: earlyRequests(apiBase, appVersion), catalogs: {} })
  let building = false
  return {
    name: 'ecomarket-page-html',
    applyToEnvironment: (environment) => environment.name === 'client',
    configResolved(config) {
      base = config.base
      building = config.command === 'build'
      mocking = isMockBuild(config)
      apiBase = config.env.VITE_API_BASE_URL ?? ''
      liveMeta = { tag: 'meta', attrs: { name: LIVE_SETTING_META, content: liveSettingOf(config) }, injectTo: 'head' }
    },
    buildStart() {
      // An entry of its own: a module the HTML loads would otherwise join the entry, which starts after the first frame.
      if (mocking && building) this.emitFile({ type: 'chunk', id: `/${FIRST_PAINT}`, name: 'first-paint' })
    },
    transformIndexHtml: {
      order: 'post',
      async handler(_html, context) {
        if (!context.bundle) {
          return [
            { tag: 'script', children: await headScript(), injectTo: 'head-prepend' },
            liveMeta!,
            { tag: 'div', attrs: { id: 'root' }, injectTo: 'body-prepend' },
            {
              tag: 'script',
              children: await bundleHeadScript('start-app', {
                entry: `${base}${ENTRY}`,
                preload: [],
                streamed: [],
                catalogs: {},
              }),
              injectTo: 'body',
            },
            // The dev server has no shell to draw into; there the module only brings its CSS.
            ...(mocking ? [firstPaintScript(`${base}${FIRST_PAINT}`)] : []),
          ] satisfies HtmlTagDescriptor[]
        }
        shells ??= await loadShells({ mocking })
        const chunks = Object.values(context.bundle).filter(
          (item): item is Chunk & typeof item => item.type === 'chunk',
        )
        const entry = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith(ENTRY))
        if (!entry) throw new Error(`no entry chunk for ${ENTRY}`)
        // The entry chunk holds the entry module alone (build/build-flags.ts): what it runs is in the chunks it imports.
        const withEntry = new Set([entry.fileName, ...entry.imports])
        const early = [
          entry,
          ...chunks.filter(
            (chunk) => chunk !== entry && (withEntry.has(chunk.fileName) || isOneOf(chunk, loadedWithEntry(mocking))),
          ),
        ]
        const firstPaint = chunks.find((chunk) => isOneOf(chunk, [FIRST_PAINT]))
        const preload = unique(early.flatMap((chunk) => [chunk.fileName, ...chunk.imports])).map((file) => base + file)
        const css = unique(
          [...early, ...(firstPaint ? [firstPaint] : [])].flatMap((chunk) => [
            ...(chunk.viteMetadata?.importedCss ?? []),
          ]),
        )
        const catalogs = catalogFiles(chunks, base)
        const streamedOnly = chunks.filter((chunk) => isOneOf(chunk, [STREAMED_ONLY]))
        const streamed = unique(streamedOnly.flatMap((chunk) => [chunk.fileName, ...chunk.imports]))
          .map((file) => base + file)
          .filter((href) => !preload.includes(href))
        const headConfig = mocking
          ? { worker: `${base}mockServiceWorker.js`, catalogs }
          : { requests: earlyRequests(apiBase, appVersion), catalogs }
        const others = Object.entries(shells).filter(([locale]) => locale !== DEFAULT_LOCALE)
        return [
          {
            tag: 'script',
            attrs: STATIC_HOST_ONLY,
            children: await bundleHeadScript(mocking ? 'mock-host' : 'static-host', headConfig),
            injectTo: 'head-prepend',
          },
          liveMeta!,
          ...css.map((file) => {
            const asset = context.bundle![file]
            if (asset?.type !== 'asset') throw new Error(`no CSS asset ${file}`)
            // The first paint's CSS is in the page itself: no render-blocking request before the shell.
            const style = String(asset.source).replaceAll('</style', '<\\/style')
            return { tag: 'style', children: style, injectTo: 'head' } satisfies HtmlTagDescriptor
          }),
          // Mock mode: the URL warnings drawn into the shell before the first paint (src/devtools/first-paint.ts).
          ...(firstPaint ? [firstPaintScript(base + firstPaint.fileName)] : []),
          ...preload.map(
            (href) =>
              ({
                tag: 'link',
                attrs: { rel: 'modulepreload', crossorigin: true, href },
                injectTo: 'head',
              }) satisfies HtmlTagDescriptor,
          ),
          { tag: 'div', attrs: { id: 'root' }, children: shells[DEFAULT_LOCALE].html, injectTo: 'body-prepend' },
          ...others.map(
            ([locale, shell]) =>
              ({
                tag: 'template',
                attrs: { id: `shell-${locale}`, 'data-title': shell.title, ...STATIC_HOST_ONLY },
                children: shell.html,
                injectTo: 'body',
              }) satisfies HtmlTagDescriptor,
          ),
          { tag: 'script', attrs: STATIC_HOST_ONLY, children: await bundleHeadScript('shell-swap'), injectTo: 'body' },
          {
            tag: 'script',
            children: await bundleHeadScript('start-app', {
              entry: base + entry.fileName,
              preload,
              streamed,
              catalogs,
            }),
            injectTo: 'body',
          },
        ] satisfies HtmlTagDescriptor[]
      },
    },
  }
}

const firstPaintScript = (src: string): HtmlTagDescriptor => ({
  tag: 'script',
  attrs: { type: 'module', crossorigin: true, blocking: 'render', src },
  injectTo: 'head',
})

/** The head script's requests, from the endpoint table: path, priority, and how long a saved answer spares it. */
const earlyRequests = (apiBase: string, appVersion: string) => ({
  apiBase,
  buster: savedDataBuster(appVersion),
  requests: endpointNames.map((name) => ({
    name,
    path: endpoints[name].path,
    freshForMs: savedFreshForMs(endpoints[name]),
    priority: fetchPriority(endpoints[name].criticality),
  })),
})

const isOneOf = (chunk: Chunk, modules: string[]) => modules.some((id) => chunk.facadeModuleId?.endsWith(id))

const unique = <T>(items: T[]) => [...new Set(items)]

/** Each language's catalog chunk (build/icu-messages.ts), by locale. */
function catalogFiles(chunks: Chunk[], base: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const chunk of chunks) {
    const locale = /icu-messages:.*\/(\w+)$/.exec(chunk.facadeModuleId ?? '')?.[1]
    if (locale) files[locale] = `${base}${chunk.fileName}`
  }
  return files
}
