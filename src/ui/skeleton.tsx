import type { CSSProperties } from 'react'

/** A grey block standing in for one piece of content; its size comes from the caller's CSS. */
export function SkeletonBlock({ className = '', style }: { className?: string; style?: CSSProperties }) {
  return <span className={`skeleton ${className}`} style={style} />
}

export type SkeletonWidth = 'w30' | 'w40' | 'w50' | 'w60' | 'w70' | 'w90'

/**
 * Lines of text not yet loaded: one bar per width, each in a line box as tall as the text's. Pass
 * the text's own class, so its line height comes from the same rule and the skeleton can't drift.
 */
export function SkeletonText({ className, lines }: { className: string; lines: readonly SkeletonWidth[] }) {
  return (
    <span className={`skeleton-text ${className}`}>
      {lines.map((width, index) => (
        <span key={index} className="skeleton-text__line">
          <SkeletonBlock className={`skeleton--${width}`} />
        </span>
      ))}
    </span>
  )
}

/** A pill not yet loaded (a label, a badge): the pill's own class, around one line box of its text. */
export function SkeletonPill({ className }: { className: string }) {
  return (
    <span className={`skeleton ${className}`}>
      <span className="skeleton-text__line" />
    </span>
  )
}

export const times = (count: number) => Array.from({ length: count }, (_, index) => index)
