import { useSyncExternalStore } from 'react'

const subscribeToNothing = () => () => {}

/**
 * False while the prerendered shell is rendered at build time and while React hydrates it, true
 * from the render after. Whatever differs from the shell (data that arrived early, the developer
 * tools) waits for true, so hydration always matches the HTML it adopts. A fresh render (the dev
 * server, or a repeat visit drawing saved data; see render-app.tsx) is true from its first pass.
 */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  )
