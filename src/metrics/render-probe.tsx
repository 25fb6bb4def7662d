import { Profiler, type ProfilerOnRenderCallback, type ReactNode } from 'react'

// Off in normal builds: Vite folds the flag to a constant and drops the Profiler entirely.
const profiling = import.meta.env.VITE_PROFILE_RENDERS === 'on'

export interface RenderRecord {
  id: string
  phase: string
  commitTime: number
  /** What the section shows after this render; a render that leaves it unchanged was wasted. */
  shows: string
}

declare global {
  interface Window {
    __renderLog?: RenderRecord[]
  }
}

const record: ProfilerOnRenderCallback = (id, phase, _actual, _base, _start, commitTime) => {
  const section = document.querySelector(`section[aria-labelledby="${id}-heading"]`)
  const shows = section
    ? [
        section.getAttribute('aria-busy'),
        section.querySelector('[role="status"], [role="alert"]')?.textContent,
        section.textContent?.length,
      ].join('|')
    : 'absent'
  ;(window.__renderLog ??= []).push({ id, phase, commitTime, shows })
}

/** Counts a section's renders for `npm run bench` (scripts/bench.mjs reads window.__renderLog), in builds made with VITE_PROFILE_RENDERS=on. */
export function RenderProbe({ id, children }: { id: string; children: ReactNode }) {
  if (!profiling) return children
  return (
    <Profiler id={id} onRender={record}>
      {children}
    </Profiler>
  )
}
