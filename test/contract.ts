import type { ApiErrorKind } from '../src/api/api-error'
import type { EndpointName } from '../src/api/endpoints'

// The public contract as a person reads it (README, "The public contract"), written out here rather
// than read from the catalogs, so a catalog that drifts from the contract fails the tests.

export type ContractLocale = 'en' | 'es'

export const sectionNames: Record<ContractLocale, Record<EndpointName, string>> = {
  en: { products: 'Products', categories: 'Categories', profile: 'Profile', notifications: 'Notifications' },
  es: { products: 'Productos', categories: 'Categorías', profile: 'Perfil', notifications: 'Notificaciones' },
}

export const retryName: Record<ContractLocale, string> = { en: 'Retry', es: 'Reintentar' }

/** How each error kind reads on screen (docs/architecture.md, Errors, timeouts and retries), in either language. */
export const alertWording: Record<ApiErrorKind, RegExp> = {
  timeout: /took too long|ha tardado demasiado/i,
  offline: /can't reach EcoMarket|you're offline|no podemos conectar con EcoMarket|no tienes conexión/i,
  http: /we couldn't load|no hemos podido cargar/i,
  'invalid-data': /we couldn't read|no hemos podido leer/i,
}

export const kindOfAlert = (text: string): ApiErrorKind | undefined =>
  (Object.keys(alertWording) as ApiErrorKind[]).find((kind) => alertWording[kind].test(text))

/** Each list's empty state, in either language. */
export const emptyWording =
  /no featured products|no categories yet|all caught up|no hay productos destacados|todavía no hay categorías|estás al día/i

/**
 * The quiet note a section shows when its answer left items (or the profile's details) out, in
 * either language, with the count as written on the page.
 */
export const omittedWording =
  /(\d[\d,.]*) (?:products?|categor(?:y|ies)|details?|notifications?) couldn't be shown|No se han? podido mostrar (\d[\d,.]*) (?:productos?|categorías?|datos?|notificaci(?:ón|ones))/

/** How many the note says were left out; undefined when there is no note. */
export function omittedCount(text: string): number | undefined {
  const match = omittedWording.exec(text)
  const count = match && (match[1] ?? match[2])
  return count ? Number(count.replace(/[,.]/g, '')) : undefined
}

/**
 * The sections in the order the live region told their arrival (data, empty or failure; a retry
 * note is not an arrival). Each line names its section, or says what it is ("your profile",
 * "los productos"), which holds the name.
 */
export function arrivalOrder(lines: readonly string[], locale: ContractLocale): EndpointName[] {
  const names = Object.keys(sectionNames[locale]) as EndpointName[]
  const order: EndpointName[] = []
  for (const line of lines) {
    if (/: (retrying|reintentando) \(/.test(line)) continue
    const name = names.find((section) => line.toLowerCase().includes(sectionNames[locale][section].toLowerCase()))
    if (name && !order.includes(name)) order.push(name)
  }
  return order
}
