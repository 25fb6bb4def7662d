import { isApiError } from '../api/api-error'
import type { EndpointName } from '../api/endpoints'
import type { Translate } from '../i18n/translate'

export interface ErrorMessage {
  title: string
  hint: string
}

/** What a failed section tells the shopper, by error kind (DESIGN.md's taxonomy): what happened, then what they can do. */
export function describeError(error: unknown, name: EndpointName, t: Translate): ErrorMessage {
  const what = t(`${name}.what`)
  if (!isApiError(error)) {
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
      return status >= 500
        ? { title: t('loadFailed', { what }), hint: t('server.hint') }
        : { title: t('loadFailed', { what }), hint: t('request.hint') }
    }
    case 'invalid-data':
      return { title: t('invalid', { what }), hint: t('invalid.hint') }
  }
}
