import { QueryClient } from '@tanstack/react-query'
import { renderToString } from 'react-dom/server'
import { App } from './app'

/**
 * The loading state as HTML, rendered at build time into index.html by the same components the
 * browser hydrates: header, the four landmarks, their skeletons and aria-busy, before any script.
 */
export function renderShell(): string {
  const queryClient = new QueryClient()
  try {
    return renderToString(<App queryClient={queryClient} />)
  } finally {
    queryClient.clear() // the queries' garbage-collection timers would keep the build process alive
  }
}
