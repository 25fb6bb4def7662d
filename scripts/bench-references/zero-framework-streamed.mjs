// The benchmark's physical limit: the zero-framework page with its four answers streamed into the
// HTML by the server as each completes. The server starts the four calls when the page is asked
// for, writes the skeleton page at once, then each section's rows as its answer arrives, with a
// tiny inline script that swaps them in. No framework, no second round trip, no build.
import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'

const css = readFileSync(new URL('./reference.css', import.meta.url), 'utf8')
const sections = ['categories', 'profile', 'products', 'notifications']
const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
const rows = {
  products: (list) => list.map((p) => [`${p.emoji} ${p.name}`, `€${(p.priceCents / 100).toFixed(2)} · ${p.unit}`]),
  categories: (list) => list.map((c) => [c.name, String(c.productCount)]),
  profile: (p) => [[p.name, `${p.ecoPoints} eco-points · ${p.co2SavedKg} kg CO₂ saved`]],
  notifications: (list) => list.map((n) => [n.text, new Date(n.createdAt).toLocaleString('en-IE')]),
}
const skeleton = (name) =>
  `<section id="s-${name}" aria-labelledby="${name}-heading" aria-busy="true"><h2 id="${name}-heading">${name[0].toUpperCase()}${name.slice(1)}</h2><div class="body"><div class="sk"></div><div class="sk"></div></div></section>`
const head = `<!doctype html><html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Zero-framework reference, streamed · EcoMarket</title><style>${css}</style></head><body><header>EcoMarket</header><main>${sections.map(skeleton).join('')}</main>`
// Replaces a section's body with the template before it: the same for every section.
const swap = `<script>{const t=document.currentScript.previousElementSibling,s=document.getElementById(t.dataset.for);s.querySelector('.body').replaceWith(t.content);s.setAttribute('aria-busy','false')}</script>`

async function answer(upstream, name, cookie) {
  const timeout = AbortSignal.timeout(2000)
  try {
    const response = await fetch(`${upstream}/api/${name}`, {
      signal: timeout,
      headers: { accept: 'application/json', cookie },
    })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    const body = rows[name](await response.json())
    return `<div class="body">${body.map(([title, detail]) => `<div class="row"><strong>${escape(title)}</strong><span>${escape(detail)}</span></div>`).join('')}</div>`
  } catch {
    return `<div class="body"><p class="alert" role="alert">${name} couldn't be loaded. Retry.</p></div>`
  }
}

/** Starts the streaming reference on `port`, reading answers from `upstream`; resolves to its origin. */
export function startStreamingReference({ port, upstream }) {
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
    const calls = sections.map((name) =>
      answer(upstream, name, request.headers.cookie ?? '').then((html) => [name, html]),
    )
    response.write(head)
    Promise.all(
      calls.map((call) =>
        call.then(([name, html]) => response.write(`<template data-for="s-${name}">${html}</template>${swap}`)),
      ),
    ).then(() => response.end('</body></html>'))
  })
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({ origin: `http://localhost:${port}`, close: () => server.close() }),
    ),
  )
}
