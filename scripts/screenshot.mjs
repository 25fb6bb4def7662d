// Usage: node scripts/screenshot.mjs <url> <out-prefix> [wait-ms] [clicks, e.g. "Mock API>Timeline"]
// Each click is a button or tab found by its accessible name, made after the page has waited;
// a step "wait:<ms>" pauses instead.
// Writes <out-prefix>-desktop.png (1280 wide) and <out-prefix>-phone.png (390 wide), full page.
// LOCALE=es-ES sets the browser's language (the page picks Spanish for it).
import { launchChromium } from './chromium.mjs'

const [url, prefix, waitMs = '2500', clicks = ''] = process.argv.slice(2)
if (!url || !prefix) {
  console.error('usage: node scripts/screenshot.mjs <url> <out-prefix> [wait-ms]')
  process.exit(2)
}
const browser = await launchChromium()
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } }
for (const [name, viewport] of Object.entries(viewports)) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1, locale: process.env.LOCALE })
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      console.log(`[${name} console.${message.type()}] ${message.text()}`)
  })
  page.on('pageerror', (error) => console.log(`[${name} pageerror] ${error.message}`))
  await page.goto(url)
  await page.waitForTimeout(Number(waitMs))
  for (const name of clicks.split('>').filter(Boolean)) {
    if (name.startsWith('wait:')) await page.waitForTimeout(Number(name.slice(5)))
    else await page.getByRole('tab', { name }).or(page.getByRole('button', { name })).first().click()
    await page.waitForTimeout(300)
  }
  await page.screenshot({ path: `${prefix}-${name}.png`, fullPage: true })
  await page.close()
}
await browser.close()
console.log(`wrote ${prefix}-desktop.png and ${prefix}-phone.png`)
