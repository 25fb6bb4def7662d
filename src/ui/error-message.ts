import { isApiError } from '../api/api-error'
import type { EndpointName } from '../api/endpoints'
import type { Translate } from '../i18n/translate'

export interface ErrorMessage {
  title: string
  hint: string
}

/** What a failed section tells the shopper, by error kind (docs/architecture.md, Errors, timeouts and retries): what happened, then what they can do. */
export function describeError(error: unknown, name: EndpointName, t: Translate): ErrorMessage {
  const what = t(`${name}.what`)
  if (!isApiError(error)) {
    // A drawing error: the data arrived but couldn't be shown, so fetching it again may not help.
    return { title: t('drawing', { what }), hint: t('drawing.hint') }
  }
  switch (error.kind) {
    case 'timeout':
      return { title: t('timeout', { what }), hint: t('timeout.hint') }
    case 'offline':
      return globalThis.navigator?.onLine === false
        ? { title: t('offline'), hint: t('connection.hint') }
        : { title: t('unreachable'), hint: t('connection.hint') }
    case 'http': {
      const status = error.status ?? 0
      // Each status says what the shopper can do: sign in, ask for access, wait, or try later.
      const hint =
        status === 401
          ? 'signIn.hint'
          : status === 403
            ? 'permission.hint'
            : status === 429
              ? 'busy.hint'
              : status >= 500
                ? 'server.hint'
                : 'request.hint'
      return { title: t('loadFailed', { what }), hint: t(hint) }
    }
    case 'invalid-data':
      return { title: t('invalid', { what }), hint: t('invalid.hint') }
  }
}
