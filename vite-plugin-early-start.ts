import type { HtmlTagDescriptor, Plugin } from 'vite'

/**
 * Lets the HTML start what the entry would otherwise start late: in mock mode the service worker
 * registers at once, and the mock layer and the render module (React DOM, the sections) download
 * alongside the entry. Preloading only fetches and compiles; each runs when the entry imports it.
 */
export function earlyStart(): Plugin {
  let mocking = true
  let base = '/'
  return {
    name: 'ecomarket-early-start',
    configResolved(config) {
      // config.env holds .env files and the environment alike, as import.meta.env will.
      mocking = config.env.VITE_API_MOCKING !== 'off'
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const tags: HtmlTagDescriptor[] = []
        if (mocking) {
          const register = `navigator.serviceWorker?.register('${base}mockServiceWorker.js').catch(() => {})`
          tags.push({ tag: 'script', children: register, injectTo: 'head' })
        }
        const early = ['/src/render-app.tsx', ...(mocking ? ['/mocks/browser.ts'] : [])]
        const chunks = Object.values(context.bundle ?? {}).filter((item) => item.type === 'chunk')
        const files = new Set<string>()
        for (const chunk of chunks) {
          if (!early.some((id) => chunk.facadeModuleId?.endsWith(id))) continue
          for (const file of [chunk.fileName, ...chunk.imports]) if (!html.includes(file)) files.add(file)
        }
        for (const file of files) {
          tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' })
        }
        return tags
      },
    },
  }
}
