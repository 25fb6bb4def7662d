// @vitest-environment node
import { expect, test } from 'vitest'
import { deriveStreamedDocument } from '../../build/streamed-document'

// The streamed document is the static page, changed through an HTML parser (build/streamed-document.ts).

const page = `<!doctype html><html lang="en"><head><script data-static-host="">early()</script>
<title>EcoMarket · Your dashboard</title><style>body{}</style>
<link rel="modulepreload" crossorigin href="/assets/main.js"></head>
<body><div id="root"><main>shell</main></div><template id="shell-es" data-static-host=""><main>carcasa</main></template>
<script data-static-host="">swap()</script><script>startApp()</script></body></html>`

test('the server’s language, no static-host scripts, shells or preloads, and the places for the shell and the sections', () => {
  const { before, afterRoot, end } = deriveStreamedDocument(page, 'es', 'EcoMarket · Tu panel')
  expect(before).toContain('<html lang="es" data-delivery="streamed">')
  expect(before).toContain('<title>EcoMarket · Tu panel</title>')
  expect(before).toContain('<style>body{}</style>')
  expect(before.endsWith('<div id="root">')).toBe(true)
  expect(afterRoot).toBe('</div>\n<script>startApp()</script>')
  expect(end).toBe('</body></html>')
  for (const gone of ['early()', 'swap()', 'carcasa', 'modulepreload', 'shell</main>'])
    expect(before + afterRoot + end).not.toContain(gone)
})
