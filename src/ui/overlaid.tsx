import type { ReactNode } from 'react'

/** Shows a message over a faded, inert copy of the skeleton, so the section keeps its size. */
export function Overlaid({ ghost, children }: { ghost: ReactNode; children: ReactNode }) {
  return (
    <div className="overlaid">
      <div className="overlaid__ghost" aria-hidden="true" inert>
        {ghost}
      </div>
      <div className="overlaid__content">{children}</div>
    </div>
  )
}
