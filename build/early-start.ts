import type { HtmlTagDescriptor, Plugin } from 'vite'
import { earlyRequestScript } from '../src/api/early-requests.ts'
import { endpointNames, endpoints } from '../src/api/endpoints.ts'
import { SAVED_DATA_KEY, savedDataBuster, savedFreshForMs } from '../src/api/saved-data-version.ts'
import { LOCALE_STORAGE_KEY, locales, pickLanguage } from '../src/i18n/locale.ts'

/**
 * Lets the HTML start what the entry would otherwise start late:
 * - on a real API, a head script starts the four requests while the HTML is still parsing, and
 *   the API client adopts them (src/api/early-requests.ts);
 * - in mock mode the service worker registers at once, since requests must wait for it;
 * - the mock layer and the render module (React DOM, the sections) download alongside the entry;
 * - the CSS the first paint needs is inlined, so the prerendered shell paints with the HTML alone;
 * - the shopper's language is picked before the first paint: its prerendered shell replaces the
 *   default one, and its catalog is preloaded;
 * - in mock mode, a render-blocking module draws the URL warnings into that shell before the first
 *   paint (src/devtools/first-paint.ts), so they take their room from the start;
 * - the entry is preloaded but runs only after the first frame: evaluating React takes tens of
 *   milliseconds, and the shell should not wait for them.
 * Preloading only fetches and compiles; each module runs when the entry imports it.
 */
export function earlyStart(): Plugin {
  let mocking = true
  let building = false
  let base = '/'
  let apiBase = ''
  let appVersion: string | undefined
  return {
    name: 'ecomarket-early-start',
    configResolved(config) {
      // config.env holds .env files and the environment alike, as import.meta.env will.
      mocking = config.env.VITE_API_MOCKING !== 'off'
      apiBase = config.env.VITE_API_BASE_URL ?? ''
      appVersion = config.env.VITE_APP_VERSION
      base = config.base
      building = config.command === 'build'
    },
    buildStart() {
      // An entry of its own: the HTML's module scripts would all join the entry, which starts after the first frame.
      if (mocking && building) this.emitFile({ type: 'chunk', id: FIRST_PAINT, name: 'first-paint' })
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const tags: HtmlTagDescriptor[] = []
        if (mocking) {
          const register = `navigator.serviceWorker?.register('${base}mockServiceWorker.js').catch(() => {})`
          tags.push({ tag: 'script', children: register, injectTo: 'head' })
        } else {
          const requests = endpointNames.map(
            (name) => [name, endpoints[name].path, savedFreshForMs(endpoints[name])] as [typeof name, string, number],
          )
          const saved = { key: SAVED_DATA_KEY, buster: savedDataBuster(appVersion) }
          tags.push({ tag: 'script', children: earlyRequestScript(apiBase, requests, saved), injectTo: 'head-prepend' })
        }
        const bundle = context.bundle ?? {}
        const early = ['/src/app/render-app.tsx', ...(mocking ? ['/mocks/browser.ts'] : [])]
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk')
        const files = new Set<string>()
        const css = new Set<string>()
        if (mocking) {
          // The dev server has no shell to draw into; there the module only brings its CSS.
          const firstPaint = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(FIRST_PAINT))
          const src = firstPaint ? `${base}${firstPaint.fileName}` : `${base}${FIRST_PAINT.slice(1)}`
          tags.push({
            tag: 'script',
            attrs: { type: 'module', crossorigin: true, blocking: 'render', src },
            injectTo: 'head',
          })
          for (const file of firstPaint?.imports ?? []) if (!html.includes(file)) files.add(file)
          for (const file of firstPaint?.viteMetadata?.importedCss ?? []) css.add(file)
        }
        // The CSS the HTML links, and the CSS of the render module, which it would otherwise load later.
        for (const [, file] of html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+\.css)"/g))
          css.add(file.slice(base.length))
        for (const chunk of chunks) {
          if (early.some((id) => chunk.facadeModuleId?.endsWith(id))) {
            for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file)
          }
          if (!early.some((id) => chunk.facadeModuleId?.endsWith(id))) continue
          for (const file of [chunk.fileName, ...chunk.imports]) if (!html.includes(file)) files.add(file)
        }
        for (const file of files) {
          tags.push({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head',
          })
        }
        // The first paint's CSS goes in the page itself: no render-blocking request before the shell.
        let page = html
        for (const file of css) {
          const asset = bundle[file]
          if (asset?.type !== 'asset') continue
          page = page.replace(new RegExp(`<link rel="stylesheet"[^>]*href="${base}${file}"[^>]*>\\s*`), '')
          tags.push({
            tag: 'style',
            children: String(asset.source).replaceAll('</style', '<\\/style'),
            injectTo: 'head',
          })
        }
        if (context.bundle) {
          tags.push({ tag: 'script', children: languagePicker(catalogFiles(chunks, base)), injectTo: 'head-prepend' })
          tags.push({ tag: 'script', children: SHELL_SWAP, injectTo: 'body' })
        }
        page = page.replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/, (_, src: string) => {
          tags.push({ tag: 'script', children: startAfterFirstFrame(src), injectTo: 'body' })
          return `<link rel="modulepreload" crossorigin href="${src}">`
        })
        return { html: page, tags }
      },
    },
  }
}

/** Mock mode's first-paint module: the URL warnings and the CSS only mock mode's first paint needs. */
const FIRST_PAINT = '/src/devtools/first-paint.ts'

/** A hidden tab paints no frames, so there the entry starts at once. */
const startAfterFirstFrame = (src: string) =>
  `(()=>{const s=()=>import(${JSON.stringify(src)});document.visibilityState==='hidden'?s():requestAnimationFrame(()=>setTimeout(s))})()`

/** Each language's catalog chunk (vite-plugin-icu-messages.ts), by locale. */
function catalogFiles(
  chunks: { facadeModuleId?: string | null; fileName: string }[],
  base: string,
): Record<string, string> {
  const files: Record<string, string> = {}
  for (const chunk of chunks) {
    const locale = /icu-messages:.*\/(\w+)$/.exec(chunk.facadeModuleId ?? '')?.[1]
    if (locale) files[locale] = `${base}${chunk.fileName}`
  }
  return files
}

/**
 * The head's first script: the same choice as detectLocale() (src/i18n/locale.ts, whose picker is
 * inlined here), so `<html lang>` is right before any section exists, plus a preload of that
 * language's catalog.
 */
const languagePicker = (catalogs: Record<string, string>) =>
  `(()=>{let s=null;try{s=localStorage.getItem(${JSON.stringify(LOCALE_STORAGE_KEY)})}catch{}` +
  `const l=(${pickLanguage.toString()})(s,navigator.languages?.length?navigator.languages:[navigator.language],${JSON.stringify(locales)}),` +
  `c=${JSON.stringify(catalogs)}[l];document.documentElement.lang=l;` +
  `if(c){const k=document.createElement('link');k.rel='modulepreload';k.crossOrigin='';k.href=c;document.head.append(k)}})()`

/** Right after the prerendered shells: swaps in the chosen language's shell and title before the first paint. */
const SHELL_SWAP =
  `(()=>{const t=document.getElementById('shell-'+document.documentElement.lang);` +
  `if(t){document.getElementById('root').replaceChildren(t.content.cloneNode(true));document.title=t.dataset.title}})()`
