// The products filter's view (filter-view.tsx) is a module of its own, off the first render's
// bundle. A page opened with `?category=` preloads it before its first render (src/app/main.tsx;
// the server's render imports it), so that render, and hydration, draw the filtered products; any
// other page loads it just after its first render.

const load = () => import('./filter-view')
export type FilterView = Awaited<ReturnType<typeof load>>

let view: FilterView | undefined

/** The view if it is here already. */
export const filterViewNow = () => view

/** Loads the view (once), resolving with it. */
export const preloadFilterView = async (): Promise<FilterView> => (view ??= await load())

/** For the server's render, which has the view in its own bundle. */
export const provideFilterView = (loaded: FilterView) => void (view = loaded)
