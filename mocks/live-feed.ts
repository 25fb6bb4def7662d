import type { Notification } from '../src/api/schemas'
import { liveNotificationTemplates } from './fixtures'

// The notifications the live socket pushes, made from the fixtures, for the mock layer and the
// reference server alike.

/** One pushed message on the wire. */
export const liveMessage = (notification: Notification): string =>
  JSON.stringify({ type: 'notification', notification })

/** Makes new, unread notifications in turn; ids are unique across feeds (each has its own prefix). */
export function createLiveFeed(prefix: string = Date.now().toString(36)) {
  let count = 0
  return (now: number = Date.now()): Notification => {
    const template = liveNotificationTemplates[count % liveNotificationTemplates.length]
    count++
    return { id: `n-live-${prefix}-${count}`, ...template, createdAt: new Date(now).toISOString(), read: false }
  }
}
