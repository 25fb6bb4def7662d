import { runnerImport, type Plugin } from 'vite'
import { icuMessages } from './icu-messages.ts'

const ROOT = '<div id="root"></div>'
/** The language whose shell is in #root itself, for visitors whose scripts don't run. */
const DEFAULT_LOCALE = 'en'

// Markup is all the shell needs from the components; their CSS reaches the page through the build.
const ignoreCss: Plugin = {
  name: 'ecomarket-shell-ignores-css',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? '\0shell-css' : undefined),
  load: (id) => (id === '\0shell-css' ? 'export {}' : undefined),
}

type Shells = Record<string, { html: string; title: string }>

/**
 * Prerenders the dashboard's loading shell into index.html at build time, so skeletons paint
 * before any JavaScript runs; React then hydrates it. Every language gets its shell: the default
 * one in #root, the others in templates that a head-of-body script swaps in before the first paint
 * (see vite-plugin-early-start.ts), so no shopper sees the wrong language. The dev server keeps the
 * empty root, since its CSS arrives by script and a shell would flash unstyled there.
 */
export function prerenderShell(): Plugin {
  return {
    name: 'ecomarket-prerender-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!html.includes(ROOT)) throw new Error(`index.html needs ${ROOT} for the prerendered shell`)
        const { module } = await runnerImport<{ renderShells: () => Shells }>('/src/app/render-shell.tsx', {
          plugins: [ignoreCss, icuMessages()],
        })
        const shells = module.renderShells()
        const others = Object.entries(shells).filter(([locale]) => locale !== DEFAULT_LOCALE)
        const templates = others.map(
          ([locale, shell]) =>
            `<template id="shell-${locale}" data-title="${escapeAttribute(shell.title)}">${shell.html}</template>`,
        )
        return html.replace(ROOT, `<div id="root">${shells[DEFAULT_LOCALE].html}</div>${templates.join('')}`)
      },
    },
  }
}

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;')
