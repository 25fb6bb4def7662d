// Where the live notifications socket is, or that there is none (docs/architecture.md, The live
// socket): one setting, carried by the page itself as <meta name="ecomarket-live" content="…">.
// The build writes it (VITE_LIVE_URL, build/build-flags.ts); the dashboard's server sets it to its
// own (npm run serve -- --live-url); the page reads it here and nowhere else.

export const LIVE_SETTING_META = 'ecomarket-live'
/** The setting that says there is no socket: the page polls instead. */
export const LIVE_OFF = 'off'

/**
 * A setting as written, checked: `off` (or nothing), a path on the page's origin, or an absolute
 * ws:, wss:, http: or https: URL. Returns the setting to write into the page, or why it is none.
 */
export function checkLiveSetting(value: string | undefined): { setting: string } | { problem: string } {
  const text = (value ?? '').trim()
  if (text === '' || text === LIVE_OFF) return { setting: LIVE_OFF }
  if (text.startsWith('/') && !text.startsWith('//')) return { setting: text }
  try {
    const url = new URL(text)
    if (['ws:', 'wss:', 'http:', 'https:'].includes(url.protocol)) return { setting: url.href }
  } catch {
    // not a URL: said below
  }
  return {
    problem: `The live socket's setting takes "off", a path such as /api/notifications/live, or a ws:, wss:, http: or https: URL, not "${text}".`,
  }
}

/** The socket the page's setting names, as a ws: or wss: URL resolved against the page; undefined when it has none. */
export function liveSocketUrl(page: Document = document): string | undefined {
  const setting = page.querySelector<HTMLMetaElement>(`meta[name="${LIVE_SETTING_META}"]`)?.content.trim()
  if (!setting || setting === LIVE_OFF) return undefined
  try {
    const url = new URL(setting, page.baseURI)
    url.protocol = url.protocol.replace(/^http/, 'ws')
    return url.protocol === 'ws:' || url.protocol === 'wss:' ? url.href : undefined
  } catch {
    return undefined
  }
}
