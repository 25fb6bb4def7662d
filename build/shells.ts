import { runnerImport, type Plugin } from 'vite'
import { icuMessages } from './icu-messages.ts'

/** The language whose shell is in #root itself, for visitors whose scripts don't run. */
export const DEFAULT_LOCALE = 'en'

export type Shells = Record<string, { html: string; title: string }>

// Markup is all the shell needs from the components; their CSS reaches the page through the build.
const ignoreCss: Plugin = {
  name: 'ecomarket-shell-ignores-css',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? '\0shell-css' : undefined),
  load: (id) => (id === '\0shell-css' ? 'export {}' : undefined),
}

/**
 * The dashboard's loading state in every language, rendered at build time by the same components
 * the browser hydrates (src/app/render-shell.tsx), so skeletons paint before any JavaScript runs.
 */
export async function loadShells({ mocking }: { mocking: boolean }): Promise<Shells> {
  const { module } = await runnerImport<{ renderShells: () => Shells }>('/src/app/render-shell.tsx', {
    plugins: [ignoreCss, icuMessages()],
    // The same build flag as the page's, so the shell matches what the browser hydrates.
    define: { __MOCK_API__: JSON.stringify(mocking) },
  })
  return module.renderShells()
}
