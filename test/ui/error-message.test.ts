// @vitest-environment node
import { afterEach, describe, expect, test, vi } from 'vitest'
import { ApiError } from '../../src/api/api-error'
import { createTranslate } from '../../src/i18n/translate'
import { describeError } from '../../src/ui/error-message'
import { kindOfAlert } from '../contract'
import { catalogs } from '../render'

const text = ({ title, hint }: { title: string; hint: string }) => `${title} ${hint}`

describe.each([
  {
    locale: 'en' as const,
    wording: {
      401: /couldn't load products.*Sign in to EcoMarket again/,
      403: /couldn't load products.*doesn't have access/,
      429: /couldn't load products.*busy right now\. Wait a few minutes/,
      500: /couldn't load products.*problem on our side/,
      503: /couldn't load products.*problem on our side/,
      404: /couldn't load products.*Reload the page/,
    },
    ourSide: /on our side/,
    drawing: { title: "We couldn't show your notifications", text: /can't be displayed/, retry: /retry/i },
  },
  {
    locale: 'es' as const,
    wording: {
      401: /No hemos podido cargar los productos.*Vuelve a iniciar sesión en EcoMarket/,
      403: /No hemos podido cargar los productos.*no tiene acceso/,
      429: /No hemos podido cargar los productos.*mucha actividad.*Espera unos minutos/,
      500: /No hemos podido cargar los productos.*problema nuestro/,
      503: /No hemos podido cargar los productos.*problema nuestro/,
      404: /No hemos podido cargar los productos.*Recarga la página/,
    },
    ourSide: /problema nuestro/,
    drawing: { title: 'No hemos podido mostrar tus notificaciones', text: /no se puede mostrar/, retry: /reintent/i },
  },
])('what a failed section says in $locale', ({ locale, wording, ourSide, drawing }) => {
  const t = createTranslate(catalogs[locale])
  const http = (status: number) =>
    describeError(new ApiError('http', 'products', `HTTP ${status}`, { status }), 'products', t)
  afterEach(() => vi.restoreAllMocks())

  test.each(Object.entries(wording))('HTTP %s: %s', (status, expected) => {
    expect(text(http(Number(status)))).toMatch(expected)
    expect(kindOfAlert(http(Number(status)).title)).toBe('http')
  })

  test('401, 403, 429 and a 404 each say something different, and none blames our side', () => {
    const hints = [401, 403, 404, 429].map((status) => http(status).hint)
    expect(new Set(hints).size).toBe(4)
    for (const hint of hints) expect(hint).not.toMatch(ourSide)
  })

  test('a drawing error says what happened and promises nothing of Retry', () => {
    const message = describeError(new RangeError('Invalid time value'), 'notifications', t)
    expect(message.title).toBe(drawing.title)
    expect(text(message)).toMatch(drawing.text)
    expect(text(message)).not.toMatch(drawing.retry)
  })
})
