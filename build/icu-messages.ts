import { readFile } from 'node:fs/promises'
import { basename, relative, resolve } from 'node:path'
import MessageFormat from '@messageformat/core'
import compileModule from '@messageformat/core/lib/compile-module.js'
import type { Plugin } from 'vite'

const QUERY = '?icu'
// The compiled module's id must not end in .json, or Vite's JSON plugin would parse it again.
const PREFIX = '\0icu-messages:'

/**
 * `import messages from './es.json?icu'` compiles that catalog of ICU MessageFormat strings into
 * one small function per message at build time, so the page ships no message parser. The file's
 * name is its locale; a message with a syntax error fails the build.
 */
export function icuMessages(): Plugin {
  let root = process.cwd()
  return {
    name: 'ecomarket-icu-messages',
    enforce: 'pre',
    configResolved(config) {
      root = config.root
    },
    async resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return null
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, { skipSelf: true })
      // Relative to the project, so the build is the same wherever the checkout is.
      return resolved && `${PREFIX}${relative(root, resolved.id).replace(/\.json$/, '')}`
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null
      const file = resolve(root, `${id.slice(PREFIX.length)}.json`)
      this.addWatchFile(file)
      const messages: Record<string, string> = JSON.parse(await readFile(file, 'utf8'))
      return compileModule(new MessageFormat(basename(file, '.json'), { strict: true }), messages)
    },
  }
}
