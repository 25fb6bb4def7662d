// Builds the dashboard and serves it with `vite preview`, for the benchmark scripts.
import { execSync, spawn } from 'node:child_process'

export function build(outDir, env = {}) {
  // Explicitly production: Vite's module runner (used to read the scenarios) sets NODE_ENV=development.
  execSync(`npx vite build --outDir ${outDir} --emptyOutDir`, { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production', ...env } })
}

export async function serve(outDir, port) {
  const server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true })
  const url = `http://localhost:${port}/`
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => process.kill(-server.pid) }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  process.kill(-server.pid)
  throw new Error(`vite preview did not start on ${url}`)
}
