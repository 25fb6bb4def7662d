import { QueryClient } from '@tanstack/react-query'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // 'always': a request made while the browser is offline fails as `offline` and says so,
        // instead of pausing silently behind a skeleton.
        networkMode: 'always',
        refetchOnWindowFocus: false,
      },
    },
  })
}
