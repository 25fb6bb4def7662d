// What the build writes for the dashboard's server (build/streamed-document.ts) and where, shared
// with the server (server/plugins/streamed-document.ts) without loading any build tool there.

/** Under the build's folder: never served to browsers (server/plugins/static-files.ts). */
export const SERVER_DIR = 'server'
export const DOCUMENT_FILE = 'document.json'
/** The server build of the components, built into SERVER_DIR as render-streamed.js. */
export const RENDER_ENTRY = 'src/app/render-streamed.tsx'
export const RENDER_FILE = 'render-streamed.js'

/**
 * The streamed document, in the pieces the server writes: `before[locale]` up to the opening of
 * #root, the shell, `afterRoot` up to where the sections stream, then `end`. `reveal` is the inline
 * script after each streamed section.
 */
export interface StreamedDocument {
  before: Record<string, string>
  shells: Record<string, string>
  afterRoot: string
  end: string
  reveal: string
}
