import './boot-failure.css'

// When the code after the HTML fails to arrive (the connection dropped between the two), the
// page says so and offers a way on, instead of staying blank. Plain DOM, no React: React may be
// exactly what failed to load.

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
export function showBootFailure(error: unknown, { reload = () => window.location.reload() }: BootFailureOptions = {}): HTMLElement {
  console.error("The dashboard's code failed to load", error)
  const shown = document.getElementById('boot-failure')
  if (shown) return shown
  const offline = navigator.onLine === false
  const box = make('div', 'boot-failure')
  box.id = 'boot-failure'
  box.setAttribute('role', 'alert')
  const button = make('button', 'button', 'Reload')
  button.type = 'button'
  button.addEventListener('click', () => reload())
  box.append(
    make('p', 'boot-failure__title', "The dashboard couldn't finish loading"),
    make(
      'p',
      'boot-failure__hint',
      offline
        ? "You're offline. The page will load by itself as soon as your connection is back."
        : "Part of the page didn't arrive, probably because the connection dropped. Reload to try again.",
    ),
    button,
  )
  document.body.prepend(box)
  window.addEventListener('online', () => reload(), { once: true })
  return box
}

/** What a dynamic import loads; if it fails, the failure is shown and boot stops there (the promise never settles). */
export function loadOrShowFailure<T>(loading: Promise<T>, options?: BootFailureOptions): Promise<T> {
  return loading.catch((error: unknown) => {
    showBootFailure(error, options)
    return new Promise<T>(() => {})
  })
}
