// Builds the dashboard and serves it with Vite's preview server, in this process, for the benchmark scripts.
import { build as viteBuild, preview } from 'vite'

/** Builds into `outDir`; `env` holds build flags that vite.config.ts reads (VITE_PROFILE_RENDERS, …). */
export async function build(outDir, env = {}) {
  const saved = { ...process.env }
  // Explicitly production: Vite's module runner (used to read the scenarios) sets NODE_ENV=development.
  Object.assign(process.env, { NODE_ENV: 'production', ...env })
  try {
    await viteBuild({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } })
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  }
}

export async function serve(outDir, port) {
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, open: false },
  })
  const url = `http://localhost:${port}/`
  return { url, stop: () => server.close() }
}
