import type { ReactNode } from 'react'

/**
 * Shows a message in the room a skeleton reserved: the skeleton is laid out but never seen, so the
 * section keeps its size (CLS 0). Where nothing sits below a section, CSS lets it shrink instead.
 */
export function Overlaid({ room, children }: { room: ReactNode; children: ReactNode }) {
  return (
    <div className="overlaid">
      <div className="overlaid__room" aria-hidden="true" inert>
        {room}
      </div>
      <div className="overlaid__content">{children}</div>
    </div>
  )
}
