import { LIVE_SETTING_META } from '../src/api/live-setting'

// The dashboard's server tells the page where its live socket is (docs/architecture.md, The live
// socket): the page's <meta name="ecomarket-live"> carries the build's setting, and the server
// writes its own into the documents it serves, static and streamed alike.

// build/page-html.ts writes the tag through a tag descriptor, and the streamed document's parser
// (build/streamed-document.ts) serializes it the same way: name, then content, double-quoted.
const opening = `<meta name="${LIVE_SETTING_META}" content="`

const asAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/** A page with its live socket's setting replaced; one without exactly one such tag is refused. */
export function withLiveSetting(html: string, setting: string): string {
  const at = html.indexOf(opening)
  if (at < 0 || html.includes(opening, at + 1))
    throw new Error(`A page must carry exactly one ${opening}…"> (build/page-html.ts); was it built by this version?`)
  const from = at + opening.length
  return html.slice(0, from) + asAttribute(setting) + html.slice(html.indexOf('"', from))
}

/** The origin a setting's socket is on, for the page's connect-src; undefined for one on the page's own origin. */
export function liveSocketOrigin(setting: string): string | undefined {
  if (!/^[a-z]+:/i.test(setting)) return undefined
  const url = new URL(setting)
  url.protocol = url.protocol.replace(/^http/, 'ws')
  return url.origin
}
