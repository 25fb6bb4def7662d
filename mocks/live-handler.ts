import { ws } from 'msw'
import { liveNotifications } from '../src/api/endpoints'
import { createLiveFeed, liveMessage } from './live-feed'
import { countLiveConnection, getActiveScenario, rememberPushed } from './scenario-store'

// The live notifications socket in mock mode (MSW's ws API): pushes at the scenario's pace, drops
// the first connection when the scenario says so, and pushes one on demand (the developer panel).

const live = ws.link(`*${liveNotifications.path}`)
const nextNotification = createLiveFeed()

/** Makes one notification, adds it to the inbox the endpoint lists, and returns it as a message. */
function pushOne(): string {
  const notification = nextNotification()
  rememberPushed(notification)
  return liveMessage(notification)
}

export const liveHandler = live.addEventListener('connection', ({ client }) => {
  // Like the endpoints, the socket lives in the page: an offline browser can't reach it.
  if (globalThis.navigator?.onLine === false) return client.close(1013, 'offline')
  const { everyMs, dropAfterMs } = getActiveScenario().live
  const connection = countLiveConnection()
  const pushing = everyMs === null ? undefined : setInterval(() => client.send(pushOne()), everyMs)
  const dropping =
    dropAfterMs !== undefined && connection === 1
      ? setTimeout(() => client.close(1012, 'dropped by the scenario'), dropAfterMs)
      : undefined
  client.addEventListener('close', () => {
    clearInterval(pushing)
    clearTimeout(dropping)
  })
})

/** Pushes one notification now to every open connection; the inbox keeps it even if none is open. */
export function pushLiveNotificationNow(): void {
  live.broadcast(pushOne())
}
