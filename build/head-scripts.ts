import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'rolldown'

/** The head scripts: TypeScript modules in src/app/head/entries/, each bundled into one inline script. */
export type HeadScript = 'static-host' | 'mock-host' | 'shell-swap' | 'start-app' | 'reveal'

// Their CSS (the boot-failure box's) is already in the page's first-paint styles.
const ignoreCss: Plugin = {
  name: 'ecomarket-head-ignores-css',
  resolveId: (id) => (id.endsWith('.css') ? { id: '\0head-css', moduleSideEffects: false } : undefined),
  load: (id) => (id === '\0head-css' ? '' : undefined),
}

/**
 * Bundles and minifies one head script with Vite's own bundler, its build-time settings in
 * `__HEAD_CONFIG__`. The result goes into the HTML as an inline script (allowed by its CSP hash).
 */
export async function bundleHeadScript(name: HeadScript, config: unknown = {}): Promise<string> {
  const entry = fileURLToPath(new URL(`../src/app/head/entries/${name}.ts`, import.meta.url))
  const { output } = await build({
    input: entry,
    write: false,
    platform: 'browser',
    plugins: [ignoreCss],
    transform: { define: { __HEAD_CONFIG__: JSON.stringify(config) }, target: 'es2022' },
    output: { format: 'iife', minify: true },
    logLevel: 'silent',
  })
  // An inline script ends at the first "</script", whatever the JavaScript around it means.
  return output[0].code.trim().replaceAll('</script', '<\\/script')
}
