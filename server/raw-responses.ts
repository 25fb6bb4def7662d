import { STATUS_CODES, type ServerResponse } from 'node:http'
import type { Writable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import * as v from 'valibot'
import { endpointNames } from '../src/api/endpoints'

// A test hook of the reference API: a session may replace an endpoint's answer with a raw one,
// down to the bytes on the socket, so a test can send what no well-behaved server would
// (a bogus Content-Length, a wrong charset, a body cut off half-way, a redirect loop). Only
// cookie-named sessions carry one, and only on a server started with --test-hooks; the normal
// answers stay in mocks/responses.ts.

/** The most a raw body may be once its parts are repeated: room for a huge body, never a runaway one. */
export const MAX_RAW_BODY_BYTES = 16 * 1024 * 1024
const MAX_WAIT_MS = 60_000

// Header names and values can't carry CR or LF: a plan writes headers, never a second response.
const headerText = v.pipe(v.string(), v.maxLength(8192), v.regex(/^[^\r\n]*$/))

// Strict: a misspelt field would otherwise be dropped, and the test would pass on the wrong answer.
const rawStepSchema = v.strictObject({
  status: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(599)),
  /** Sent as given and in order, duplicates included; Content-Length is added only if missing. */
  headers: v.optional(v.array(v.tuple([v.pipe(headerText, v.minLength(1)), headerText])), []),
  /** Concatenated after each part is repeated, so a test asks for megabytes in a few bytes. */
  body: v.optional(
    v.array(v.object({ text: v.string(), repeat: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 1) })),
    [],
  ),
  /** How the body text becomes bytes: a wrong charset is a real encoding, not a label. */
  encoding: v.optional(v.picklist(['utf8', 'latin1', 'utf16le']), 'utf8'),
  /** Waits this long before the first byte. */
  headersAfterMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_WAIT_MS)), 0),
  /** Sends the body in this many pieces spread over `dripMs`. */
  drip: v.optional(
    v.object({
      chunks: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
      overMs: v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_WAIT_MS)),
    }),
  ),
  /**
   * `destroy-before-headers` closes the connection with nothing sent; `reset-mid-body` sends the
   * headers (with the whole body's length) and half the body, then a TCP reset; `hang` never answers.
   */
  fault: v.optional(v.picklist(['destroy-before-headers', 'reset-mid-body', 'hang'])),
})

/** The answers to one endpoint: step n serves `?hop=n`, so a redirect can point at the next step. */
const rawPlanSchema = v.pipe(v.array(rawStepSchema), v.minLength(1), v.maxLength(32))

export const rawPlansSchema = v.partial(
  v.strictObject(
    Object.fromEntries(endpointNames.map((name) => [name, rawPlanSchema])) as Record<
      (typeof endpointNames)[number],
      typeof rawPlanSchema
    >,
  ),
)

export type RawStep = v.InferInput<typeof rawStepSchema>
export type RawPlans = v.InferOutput<typeof rawPlansSchema>
type ParsedStep = v.InferOutput<typeof rawStepSchema>

/** The plans a test sent, or why they were refused (including a body past MAX_RAW_BODY_BYTES). */
export function parseRawPlans(input: unknown): { plans: RawPlans } | { problem: string } {
  const parsed = v.safeParse(rawPlansSchema, input)
  if (!parsed.success) return { problem: `raw: ${v.summarize(parsed.issues)}` }
  for (const plan of Object.values(parsed.output)) {
    for (const step of plan ?? []) {
      const size = step.body.reduce((sum, part) => sum + part.text.length * part.repeat, 0)
      if (size > MAX_RAW_BODY_BYTES)
        return { problem: `raw: a body of ${size} characters is past ${MAX_RAW_BODY_BYTES}` }
    }
  }
  return { plans: parsed.output }
}

const bodyBytes = (step: ParsedStep) =>
  Buffer.from(step.body.map((part) => part.text.repeat(part.repeat)).join(''), step.encoding)

/** Whether a plan writes its own framing (a false or doubled length, a chunked body): then only raw bytes will do. */
const framesItself = (step: ParsedStep) =>
  step.headers.some(([name]) => /^(content-length|transfer-encoding)$/i.test(name))

function rawHead(step: ParsedStep): string {
  const lines = [`HTTP/1.1 ${step.status} ${STATUS_CODES[step.status] ?? 'Unknown'}`]
  for (const [name, value] of step.headers) lines.push(`${name}: ${value}`)
  // One answer per connection: a lie about its length can't leak into the next request.
  lines.push('Cache-Control: no-store', 'Connection: close', '', '')
  return lines.join('\r\n')
}

/** Resolves once the data has left for the network (or the stream is gone), so a reset comes after it. */
const write = (stream: Writable, data: string | Buffer) =>
  new Promise<void>((done) => {
    if (stream.destroyed) return done()
    stream.write(data, () => done())
  })

/**
 * Plays one step as the answer to a request the route has handed over; `gone` aborts when the
 * client leaves. Honest framing goes through Node's response, so the connection stays alive
 * (a redirect loop costs no new connections); a plan that frames itself is written to the socket.
 */
export async function playRawStep(response: ServerResponse, step: ParsedStep, gone: AbortSignal): Promise<void> {
  const socket = response.socket!
  if (step.fault === 'hang') return // the socket closes when the client gives up
  const wait = (ms: number) =>
    sleep(ms, undefined, { signal: gone }).then(
      () => true,
      () => false,
    )
  if (step.headersAfterMs > 0 && !(await wait(step.headersAfterMs))) return
  if (step.fault === 'destroy-before-headers') return void socket.destroy()
  const body = bodyBytes(step)
  let out: Writable = socket
  if (framesItself(step)) await write(socket, rawHead(step))
  else {
    response.writeHead(step.status, [
      ...step.headers.flat(),
      'Content-Length',
      String(body.length),
      'Cache-Control',
      'no-store',
    ])
    response.flushHeaders()
    out = response
  }
  if (step.fault === 'reset-mid-body') {
    await write(out, body.subarray(0, Math.floor(body.length / 2)))
    return void socket.resetAndDestroy()
  }
  const chunks = step.drip?.chunks ?? 1
  const size = Math.ceil(body.length / chunks)
  for (let index = 0; index < chunks && !gone.aborted; index++) {
    if (index > 0 && !(await wait((step.drip?.overMs ?? 0) / (chunks - 1)))) return
    await write(out, body.subarray(index * size, (index + 1) * size))
  }
  out.end()
}
