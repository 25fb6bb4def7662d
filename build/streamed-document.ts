import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { defaultTreeAdapter as tree, parse, serialize, type DefaultTreeAdapterMap } from 'parse5'
import type { Plugin } from 'vite'
import { isMockBuild } from './build-flags.ts'
import { locales } from '../src/i18n/locale.ts'
import { bundleHeadScript } from './head-scripts.ts'
import { STATIC_HOST_ONLY } from './page-html.ts'
import { DOCUMENT_FILE, RENDER_ENTRY, RENDER_FILE, SERVER_DIR, type StreamedDocument } from './server-files.ts'
import { loadShells } from './shells.ts'

type Element = DefaultTreeAdapterMap['element']
type ParentNode = DefaultTreeAdapterMap['parentNode']

const SHELL_MARK = 'ecomarket:shell'
const STREAM_MARK = 'ecomarket:stream'
const staticHostAttribute = Object.keys(STATIC_HOST_ONLY)[0]

function* elements(node: ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if (!tree.isElementNode(child)) continue
    yield child
    yield* elements(child)
  }
  if (tree.isElementNode(node) && tree.getTagName(node) === 'template')
    yield* elements(tree.getTemplateContent(node as DefaultTreeAdapterMap['template']))
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value

function setAttribute(element: Element, name: string, value: string) {
  const existing = element.attrs.find((attr) => attr.name === name)
  if (existing) existing.value = value
  else element.attrs.push({ name, value })
}

/**
 * The static page (index.html as built) becomes the streamed one, through an HTML parser:
 * the server's language and `data-delivery="streamed"` on <html>, that language's title, no
 * static-host scripts or other languages' shells, no preloads (the loader preloads the app once the
 * first section has arrived), and markers where the shell and the sections go.
 */
export function deriveStreamedDocument(html: string, locale: string, title: string) {
  const document = parse(html)
  const all = [...elements(document)]
  const root = all.find((element) => attribute(element, 'id') === 'root')
  const body = all.find((element) => tree.getTagName(element) === 'body')
  const htmlElement = all.find((element) => tree.getTagName(element) === 'html')
  const titleElement = all.find((element) => tree.getTagName(element) === 'title')
  if (!root || !body || !htmlElement || !titleElement) throw new Error('index.html lacks #root, <body> or <title>')
  setAttribute(htmlElement, 'lang', locale)
  setAttribute(htmlElement, 'data-delivery', 'streamed')
  titleElement.childNodes = []
  tree.insertText(titleElement, title)
  for (const element of all) {
    const preload = tree.getTagName(element) === 'link' && attribute(element, 'rel') === 'modulepreload'
    if (preload || attribute(element, staticHostAttribute) !== undefined) tree.detachNode(element)
  }
  root.childNodes = []
  tree.appendChild(root, tree.createCommentNode(SHELL_MARK))
  tree.appendChild(body, tree.createCommentNode(STREAM_MARK))
  const [before, rest] = serialize(document).split(`<!--${SHELL_MARK}-->`)
  const [afterRoot, end] = rest.split(`<!--${STREAM_MARK}-->`)
  return { before, afterRoot, end }
}

/**
 * For a build the dashboard's server serves (mocking off): a server build of the components
 * (RENDER_ENTRY, in Vite's ssr environment) renders each streamed section, and the streamed
 * document is derived from the client build's index.html into server/document.json.
 */
export function streamedDocument(): Plugin {
  let outDir = ''
  let enabled = false
  return {
    name: 'ecomarket-streamed-document',
    config(userConfig) {
      // build/build-flags.ts has set the switch by now (it is the first plugin).
      if (isMockBuild(userConfig)) return
      const clientOut = userConfig.build?.outDir ?? 'dist'
      return {
        builder: {}, // `vite build` builds the ssr environment too, after the client
        environments: {
          ssr: {
            build: {
              outDir: join(clientOut, SERVER_DIR),
              emptyOutDir: false, // the client's build emptied the whole folder first
              manifest: false,
              copyPublicDir: false,
              rolldownOptions: {
                input: { [RENDER_FILE.replace(/\.js$/, '')]: RENDER_ENTRY },
                // The server's render imports the products filter's view at once (the browser loads it
                // lazily), so in this one-file build that dynamic import has nothing to split off.
                checks: { ineffectiveDynamicImport: false },
              },
            },
          },
        },
      }
    },
    applyToEnvironment: (environment) => environment.name === 'client',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
      enabled = !isMockBuild(config)
    },
    async writeBundle() {
      if (!enabled) return
      const html = await readFile(join(outDir, 'index.html'), 'utf8')
      const shells = await loadShells({ mocking: false })
      const document: StreamedDocument = { before: {}, shells: {}, afterRoot: '', end: '', reveal: '' }
      for (const locale of locales) {
        const parts = deriveStreamedDocument(html, locale, shells[locale].title)
        document.before[locale] = parts.before
        document.shells[locale] = shells[locale].html
        document.afterRoot = parts.afterRoot
        document.end = parts.end
      }
      document.reveal = await bundleHeadScript('reveal')
      await mkdir(join(outDir, SERVER_DIR), { recursive: true })
      await writeFile(join(outDir, SERVER_DIR, DOCUMENT_FILE), JSON.stringify(document))
    },
  }
}
