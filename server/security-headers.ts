import { createHash } from 'node:crypto'
import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'

// A strict policy: scripts and styles only from this origin plus the exact inline ones of
// index.html (by hash), Trusted Types for every DOM sink, requests only to the API and metrics origins.

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

/** CSP hash sources for every inline script in a page, so the policy allows those and no other. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/.test(attributes))
    .map(([, , body]) => sha256(body))
}

/** The same for inline style sheets: the first paint's CSS is in the page (vite-plugin-early-start.ts). */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body]) => sha256(body))
}

export interface SecurityOptions {
  indexHtml: string
  /** Origins the page may call besides its own: a cross-origin API, the metrics collector. */
  connectOrigins: string[]
}

export async function registerSecurityHeaders(app: FastifyInstance, { indexHtml, connectOrigins }: SecurityOptions) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...inlineScriptHashes(indexHtml)],
        styleSrc: ["'self'", ...inlineStyleHashes(indexHtml)],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", ...connectOrigins],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
        frameAncestors: ["'none'"],
        requireTrustedTypesFor: ["'script'"],
        trustedTypes: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false, // nothing cross-origin is embedded, and COEP would block a cross-origin API
    // Plain HTTP on loopback here; a deployment behind TLS turns HSTS on at its edge.
    strictTransportSecurity: false,
  })
  app.addHook('onSend', async (_request, reply) => {
    reply.header(
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    )
  })
}
