import { useEffect, useState } from 'react'
import { useHydrated } from './use-hydrated'

const loaded = new Map<() => Promise<unknown>, unknown>()

/**
 * A module that only adds to what is already drawn (controls, notes), loaded once the page is
 * hydrated: it stays out of the first render's bundle, and hydration draws exactly the HTML it
 * adopts. Undefined until then; each loader is imported once per page.
 */
export function useAfterHydration<Module>(load: () => Promise<Module>): Module | undefined {
  const hydrated = useHydrated()
  const [module, setModule] = useState(() => loaded.get(load) as Module | undefined)
  useEffect(() => {
    if (!hydrated || module) return
    let mounted = true
    load().then(
      (ready) => {
        loaded.set(load, ready)
        if (mounted) setModule(ready)
      },
      () => {}, // a chunk lost to the network: the section stays as it is, without its controls
    )
    return () => {
      mounted = false
    }
  }, [hydrated, module, load])
  return hydrated ? module : undefined
}
