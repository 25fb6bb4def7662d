import { runnerImport, type Plugin } from 'vite'

const ROOT = '<div id="root"></div>'

// Markup is all the shell needs from the components; their CSS reaches the page through the build.
const ignoreCss: Plugin = {
  name: 'ecomarket-shell-ignores-css',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? '\0shell-css' : undefined),
  load: (id) => (id === '\0shell-css' ? 'export {}' : undefined),
}

/**
 * Prerenders the dashboard's loading shell into index.html at build time, so skeletons paint
 * before any JavaScript runs; React then hydrates it. The dev server keeps the empty root, since
 * its CSS arrives by script and a shell would flash unstyled there.
 */
export function prerenderShell(): Plugin {
  return {
    name: 'ecomarket-prerender-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!html.includes(ROOT)) throw new Error(`index.html needs ${ROOT} for the prerendered shell`)
        const { module } = await runnerImport<{ renderShell: () => string }>('/src/render-shell.tsx', {
          plugins: [ignoreCss],
        })
        return html.replace(ROOT, `<div id="root">${module.renderShell()}</div>`)
      },
    },
  }
}
