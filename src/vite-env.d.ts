/// <reference types="vite/client" />

/** VITE_API_MOCKING !== 'off', from vite.config.ts; read only by src/app/build-flags.ts. */
declare const __MOCK_API__: boolean

interface ImportMetaEnv {
  /** The real API's origin; defaults to the page's own. */
  readonly VITE_API_BASE_URL?: string
  /** Where each load's metrics beacon goes; unset, nothing is sent. */
  readonly VITE_METRICS_URL?: string
  /** `on` wraps each section in a React Profiler for the benchmark; off in normal builds. */
  readonly VITE_PROFILE_RENDERS?: string
  /** package.json's version, set by vite.config.ts: part of the saved data's buster. */
  readonly VITE_APP_VERSION?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}

/** A catalog of ICU messages, compiled to one function per message by build/icu-messages.ts. */
declare module '*.json?icu' {
  const messages: Record<string, (values?: Record<string, unknown>) => string>
  export default messages
}
