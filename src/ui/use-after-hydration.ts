import { useEffect, useState } from 'react'
import { useHydrated } from './use-hydrated'

type Loader<Module> = () => Promise<Module>

// Modules already loaded, by loader: a section mounted after the chunk arrived draws with it in its
// first render, rather than rendering once more when a promise that is already settled resolves.
const loaded = new Map<Loader<unknown>, unknown>()

/** Loads a module for useAfterHydration (once), resolving with it. */
export async function loadAfterHydration<Module>(load: Loader<Module>): Promise<Module> {
  if (loaded.has(load)) return loaded.get(load) as Module
  const module = await load()
  loaded.set(load, module)
  return module
}

/**
 * A module that only adds to what is already drawn (controls, notes, a footer), loaded once the page
 * is hydrated: it stays out of the first render's bundle, and hydration draws exactly the HTML it
 * adopts. Undefined until then (a chunk lost to the network leaves it undefined: the page works without it).
 */
export function useAfterHydration<Module>(load: Loader<Module>): Module | undefined {
  const hydrated = useHydrated()
  const [module, setModule] = useState(() => loaded.get(load) as Module | undefined)
  useEffect(() => {
    if (hydrated && module === undefined) loadAfterHydration(load).then(setModule, () => {})
  }, [hydrated, load, module])
  return hydrated ? module : undefined
}

/** The shared parts of the page that wait for hydration (src/ui/after-hydration.ts), in one chunk. */
export const loadSharedAfterHydration = () => import('./after-hydration')
