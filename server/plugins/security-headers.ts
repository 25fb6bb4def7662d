import { createHash } from 'node:crypto'
import helmet from '@fastify/helmet'
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'

// A strict policy: scripts and styles only from this origin plus the exact inline ones of the
// pages it serves (by hash), Trusted Types for every DOM sink, requests only to this origin and
// the metrics origin.

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

/** CSP hash sources for every inline script in some HTML, so the policy allows those and no other. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/.test(attributes) && !/type="application\/json"/.test(attributes))
    .map(([, , body]) => sha256(body))
}

/** The same for inline style sheets: the first paint's CSS is in the page (build/page-html.ts). */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body]) => sha256(body))
}

export interface SecurityOptions {
  /** Every page the server sends, and every piece of the streamed one, whose inline scripts and styles are allowed. */
  pages: string
  /** Origins the page may call besides its own: the metrics collector. */
  connectOrigins?: string[]
}

const unique = (items: string[]) => [...new Set(items)]

/** Applies to every route of the server (fastify-plugin lifts it out of its own encapsulation). */
export const securityHeaders = fp<SecurityOptions>(
  async (app: Parameters<FastifyPluginAsync>[0], { pages, connectOrigins = [] }) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", ...unique(inlineScriptHashes(pages))],
          styleSrc: ["'self'", ...unique(inlineStyleHashes(pages))],
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
  },
)
