// Whether this build carries the mock API and the developer tools: VITE_API_MOCKING (`off` leaves
// them out), read once by vite.config.ts, .env files included, and only here in the code. The
// bundler replaces __MOCK_API__ with a constant, so in a mocking-off build the imports below are
// dead branches: those modules aren't even in the bundle.

export const mockApi: boolean = __MOCK_API__

/** The mock API's browser layer (MSW's worker and the scenario registry), in a mock build only. */
export const loadMockApi = __MOCK_API__ ? () => import('../../mocks/browser') : undefined

/** The developer panel, in a mock build only. */
export const loadDevTools = __MOCK_API__ ? () => import('../devtools/dev-tools') : undefined
