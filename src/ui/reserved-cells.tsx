import { times } from './skeleton'

/**
 * Invisible list cells that keep a grid as tall as its skeleton was, when the answer holds fewer
 * items than the skeleton reserved: the sections below never move up.
 */
export function ReservedCells({ count, className }: { count: number; className: string }) {
  return times(Math.max(0, count)).map((index) => (
    <li key={`reserved-${index}`} className={`${className} reserved`} aria-hidden="true" />
  ))
}
