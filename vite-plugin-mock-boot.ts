import type { HtmlTagDescriptor, Plugin } from 'vite'

/**
 * In mock mode, gets the mock API going from the HTML itself: the service worker registers at once,
 * and the mock layer's chunks download alongside the entry, instead of after it has run.
 */
export function mockBoot(): Plugin {
  return {
    name: 'ecomarket-mock-boot',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (process.env.VITE_API_MOCKING === 'off') return []
        const tags: HtmlTagDescriptor[] = [
          {
            tag: 'script',
            children: `navigator.serviceWorker?.register('${process.env.BASE_URL ?? '/'}mockServiceWorker.js').catch(() => {})`,
            injectTo: 'head',
          },
        ]
        const chunks = Object.values(context.bundle ?? {}).filter((item) => item.type === 'chunk')
        const mockChunk = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/mocks/browser.ts'))
        const files = mockChunk ? [mockChunk.fileName, ...mockChunk.imports].filter((file) => !html.includes(file)) : []
        for (const file of files) {
          tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' })
        }
        return tags
      },
    },
  }
}
