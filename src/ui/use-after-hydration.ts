import { useEffect, useState } from 'react'
import { useHydrated } from './use-hydrated'

/**
 * A module that only adds to what is already drawn (controls, notes, a footer), loaded once the page
 * is hydrated: it stays out of the first render's bundle, and hydration draws exactly the HTML it
 * adopts. Undefined until then (a chunk lost to the network leaves it undefined: the page works without it).
 */
export function useAfterHydration<Module>(load: () => Promise<Module>): Module | undefined {
  const hydrated = useHydrated()
  const [module, setModule] = useState<Module>()
  useEffect(() => {
    if (hydrated) load().then(setModule, () => {})
  }, [hydrated, load])
  return module
}

/** The shared parts of the page that wait for hydration (src/ui/after-hydration.ts), in one chunk. */
export const loadSharedAfterHydration = () => import('./after-hydration')
