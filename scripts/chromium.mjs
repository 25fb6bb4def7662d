// The one place that knows how to find and launch the system Chromium; tools never download a browser.
import { existsSync } from 'node:fs'

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

// Without the background-networking flags Chromium keeps dialling Google on a closed network.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Launches the system Chromium headless, after checking it is there. */
export async function launchChromium() {
  assertChromium()
  const { chromium } = await import('@playwright/test')
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
}

export function assertChromium() {
  if (existsSync(chromiumPath)) return
  console.error(
    `No Chromium at ${chromiumPath}. Install it with "apt-get update && apt-get install -y chromium", or set CHROMIUM_PATH.`,
  )
  process.exit(1)
}
