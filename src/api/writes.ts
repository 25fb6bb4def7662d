import type { GenericSchema } from 'valibot'
import * as v from 'valibot'
// With their extensions, as endpoints.ts: vite.config.ts loads these files too.
import type { EndpointName, RetryPolicy } from './endpoints.ts'
import { id, limits } from './schemas.ts'

// The writes of the endpoint table (src/api/endpoints.ts re-exports them): what the dashboard
// changes, with their bodies' schemas. A module of its own so that the first render's bundle, which
// makes no write, doesn't carry them.

// The bodies: the client checks one before sending it, and the mock API and the reference API when it arrives.

/** `PATCH /api/notifications/:id`: the change to one notification. The dashboard only ever sends `{ "read": true }`. */
export const notificationChange = v.object({ read: v.boolean() })
/** The path's own part of that write: which notification. */
export const notificationPath = v.object({ id })

/** `POST /api/notifications/read-all`: the ids shown when the shopper asked, so one that arrives later stays unread. */
export const readAllRequest = v.object({
  ids: v.pipe(
    v.array(id),
    v.check((ids) => ids.length > 0 && ids.length <= limits.listLength),
  ),
})

/**
 * A write: something the dashboard changes. Not a section: it has no query and draws nothing of its
 * own; it changes the answer its section already holds, and its mutation key starts with that
 * section's name, as every key does (src/api/query-keys.ts).
 */
export interface Write<Name extends string = string> {
  name: Name
  /** The section whose cached answer the write changes. */
  section: EndpointName
  method: 'PATCH' | 'POST'
  /** `:name` parts are filled from the variables of the same name; the rest of the variables is the body. */
  path: string
  /** The body, checked by the client before it is sent and by the mock and reference APIs when it arrives. */
  body: GenericSchema<unknown, unknown>
  timeoutMs: number
  retry: RetryPolicy
}

// A write shows its effect at once (optimistically), so a slow answer keeps nobody waiting: a longer
// timeout than a read's costs nothing on screen. Writes are idempotent, so a transient failure is
// retried like a read's; the worst case (3 attempts at 5 s, and their waits) stays inside the budget.
export const writePolicy: RetryPolicy = { retries: 2, baseDelayMs: 250, maxDelayMs: 1_000, budgetMs: 20_000 }
const WRITE_TIMEOUT_MS = 5_000

const defineWrite = <Name extends string>(
  name: Name,
  spec: Omit<Write<Name>, 'name' | 'timeoutMs' | 'retry'>,
): Write<Name> => ({ name, timeoutMs: WRITE_TIMEOUT_MS, retry: writePolicy, ...spec })

/** What the page hands each write, and all it keeps of one that waits for the network: the path's parts and the body. */
export interface WriteVariables {
  markRead: { id: string; read: true }
  markAllRead: { ids: string[] }
}

/** The writes, beside the reads they change (one knob in the mock scenarios, `?mark-read=`, drives both). */
export const writes = {
  markRead: defineWrite('markRead', {
    section: 'notifications',
    method: 'PATCH',
    path: '/api/notifications/:id',
    body: notificationChange,
  }),
  markAllRead: defineWrite('markAllRead', {
    section: 'notifications',
    method: 'POST',
    path: '/api/notifications/read-all',
    body: readAllRequest,
  }),
}

export type WriteName = keyof typeof writes
export const writeNames = Object.keys(writes) as WriteName[]
