import './boot-failure.css'
import { isStreamedPage, STREAMED_SECTION } from './streamed-page'

// When the code after the HTML fails to arrive (the connection dropped between the two), the
// page says so and offers a way on, instead of staying blank. Plain DOM, no React: React may be
// exactly what failed to load.

// Written here rather than in the catalogs: the shopper's catalog may be the very chunk that failed.
const wording = {
  en: {
    title: "The dashboard couldn't finish loading",
    offline: "You're offline. The page will load by itself as soon as your connection is back.",
    dropped: "Part of the page didn't arrive, probably because the connection dropped. Reload to try again.",
    reload: 'Reload',
  },
  es: {
    title: 'No se ha podido terminar de cargar el panel',
    offline: 'No tienes conexión a internet. La página se cargará sola en cuanto vuelva la conexión.',
    dropped:
      'Parte de la página no ha llegado, seguramente porque se cortó la conexión. Recarga para volver a intentarlo.',
    reload: 'Recargar',
  },
}

export interface BootFailureOptions {
  /** Loads the page again; the default reloads it for real. */
  reload?: () => void
}

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
  const element = document.createElement(tag)
  element.className = className
  if (text !== undefined) element.textContent = text
  return element
}

/** Shows what went wrong, with a Reload button; the page reloads by itself once the browser is back online. */
export function showBootFailure(
  error: unknown,
  { reload = () => window.location.reload() }: BootFailureOptions = {},
): HTMLElement {
  console.error("The dashboard's code failed to load", error)
  const shown = document.getElementById('boot-failure')
  if (shown) return shown
  const offline = navigator.onLine === false
  // main.tsx sets <html lang> before anything loads.
  const words = document.documentElement.lang.startsWith('es') ? wording.es : wording.en
  const box = make('div', 'boot-failure')
  box.id = 'boot-failure'
  box.setAttribute('role', 'alert')
  const button = make('button', 'button', words.reload)
  button.type = 'button'
  button.addEventListener('click', () => reload())
  box.append(
    make('p', 'boot-failure__title', words.title),
    make('p', 'boot-failure__hint', offline ? words.offline : words.dropped),
    button,
  )
  if (isStreamedPage()) showEveryStreamedSection()
  // The prerendered loading shell would promise sections that will never arrive.
  else document.getElementById('root')?.setAttribute('hidden', '')
  document.body.prepend(box)
  window.addEventListener('online', () => reload(), { once: true })
  return box
}

/**
 * A streamed page's sections stay readable without the app: each one still held back (a failure
 * the app would have retried) takes its skeleton's place with the message the server wrote for it.
 */
function showEveryStreamedSection() {
  const root = document.getElementById('root')
  for (const box of document.querySelectorAll<HTMLElement>(`${STREAMED_SECTION}:not([data-revealed])`)) {
    const section = box.querySelector('section')
    const skeleton = root?.querySelector(`section[aria-labelledby="${box.dataset.section}-heading"]`)
    if (section && skeleton) skeleton.replaceWith(section)
  }
}

/** What a dynamic import loads; if it fails, the failure is shown and boot stops there (the promise never settles). */
export function loadOrShowFailure<T>(loading: Promise<T>, options?: BootFailureOptions): Promise<T> {
  return loading.catch((error: unknown) => {
    showBootFailure(error, options)
    return new Promise<T>(() => {})
  })
}
