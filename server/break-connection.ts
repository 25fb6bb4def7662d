import type { Socket } from 'node:net'

/**
 * The reference API's network error: headers that promise a body, then the connection closed. The
 * browser's fetch fails at once, as an `offline` failure. Closing before any byte would be quieter,
 * but Chromium takes that for a stale keep-alive connection and sends the request again on each idle
 * connection it holds, so the failure surfaced seconds later, after the app's own 2 s timeout.
 */
export function breakConnection(socket: Socket): void {
  socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n', () =>
    socket.destroy(),
  )
}
