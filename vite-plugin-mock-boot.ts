import type { HtmlTagDescriptor, Plugin } from 'vite'

/**
 * In mock mode, gets the mock API going from the HTML itself: the service worker registers at once,
 * and the mock layer's chunks download alongside the entry, instead of after it has run.
 */
export function mockBoot(): Plugin {
  let mocking = true
  let base = '/'
  return {
    name: 'ecomarket-mock-boot',
    configResolved(config) {
      // config.env holds .env files and the environment alike, as import.meta.env will.
      mocking = config.env.VITE_API_MOCKING !== 'off'
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!mocking) return []
        const tags: HtmlTagDescriptor[] = [
          {
            tag: 'script',
            children: `navigator.serviceWorker?.register('${base}mockServiceWorker.js').catch(() => {})`,
            injectTo: 'head',
          },
        ]
        const chunks = Object.values(context.bundle ?? {}).filter((item) => item.type === 'chunk')
        const mockChunk = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/mocks/browser.ts'))
        const files = mockChunk ? [mockChunk.fileName, ...mockChunk.imports].filter((file) => !html.includes(file)) : []
        for (const file of files) {
          tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' })
        }
        return tags
      },
    },
  }
}
