import websocket from '@fastify/websocket'
import type { FastifyPluginAsync } from 'fastify'
import type { WebSocket } from 'ws'
import { liveNotifications as live } from '../../src/api/endpoints'
import { createLiveFeed, liveMessage } from '../../mocks/live-feed'
import { SESSION_COOKIE, type ScenarioSession, type SessionStore } from '../scenario-sessions'

// The live notifications socket over real WebSockets, driven by each session's scenario like the
// endpoints: its pace (?live=<ms>, off), a dropped first connection (drop@<ms>), and pushes on demand.

/** Makes one notification, adds it to the session's inbox (the endpoint lists it too), and sends it. */
function pushTo(session: ScenarioSession, sockets: Iterable<WebSocket>, next: () => ScenarioSession['pushed'][number]) {
  const notification = next()
  session.pushed.unshift(notification)
  for (const socket of sockets) socket.send(liveMessage(notification))
}

export const liveNotifications: FastifyPluginAsync<{ sessions: SessionStore }> = async (app, { sessions }) => {
  const nextNotification = createLiveFeed()
  const openSockets = new WeakMap<ScenarioSession, Set<WebSocket>>()
  await app.register(websocket)
  app.get(live.path, { websocket: true }, (socket, request) => {
    const session = sessions.get(request.cookies[SESSION_COOKIE])
    const { everyMs, dropAfterMs } = session.scenario.live
    const sockets = openSockets.get(session) ?? new Set()
    openSockets.set(session, sockets.add(socket))
    const connection = ++session.liveConnections
    const pushing =
      everyMs === null ? undefined : setInterval(() => pushTo(session, [socket], nextNotification), everyMs)
    // terminate(): no closing handshake, as when a connection really drops.
    const dropping =
      dropAfterMs !== undefined && connection === 1 ? setTimeout(() => socket.terminate(), dropAfterMs) : undefined
    socket.on('close', () => {
      clearInterval(pushing)
      clearTimeout(dropping)
      sockets.delete(socket)
    })
  })

  // For tests and demos only, like /__scenario: push one notification now to this session's sockets.
  app.post('/__live/push', async (request) => {
    const session = sessions.get(request.cookies[SESSION_COOKIE])
    pushTo(session, openSockets.get(session) ?? [], nextNotification)
    return { pushed: session.pushed[0].id }
  })
}
