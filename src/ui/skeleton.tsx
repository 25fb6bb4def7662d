import type { CSSProperties } from 'react'

/** A grey block standing in for one piece of content; its size comes from the caller's CSS. */
export function SkeletonBlock({ className = '', style }: { className?: string; style?: CSSProperties }) {
  return <span className={`skeleton ${className}`} style={style} />
}

export const times = (count: number) => Array.from({ length: count }, (_, index) => index)
