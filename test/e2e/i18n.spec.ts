import { endpointNames } from '../../src/api/endpoints'
import { sectionNames } from '../contract'
import { expect, loadDashboard, region, test } from './dashboard-test'

// Prices, counts and times as each language writes them; whitespace before "€" differs between ICU versions.
const formats = {
  en: {
    lang: 'en',
    title: 'EcoMarket · Your dashboard',
    price: '€3.49',
    points: '2,480',
    co2: /38\.6\s?kg/,
    since: 'Apr 2023',
    ago: '4 minutes ago',
  },
  es: {
    lang: 'es',
    title: 'EcoMarket · Tu panel',
    price: /3,49\s€/,
    points: '2480',
    co2: /38,6\s?kg/,
    since: 'abr 2023',
    ago: 'hace 4 minutos',
  },
}

test("the page speaks the browser's language, with its formats, from the first paint @contract", async ({
  page,
  language,
}) => {
  const expected = formats[language.locale]
  // What <html lang> says at the moment the first section appears: the boot code sets it before React renders.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('section')) return
      window.__langAtFirstSection = document.documentElement.lang
      observer.disconnect()
    }).observe(document, { subtree: true, childList: true })
  })
  await loadDashboard(page)
  expect(await page.evaluate(() => window.__langAtFirstSection)).toBe(expected.lang)
  await expect(page.locator('html')).toHaveAttribute('lang', expected.lang)
  await expect(page).toHaveTitle(expected.title)
  for (const name of endpointNames)
    await expect(region(page, language.name(name))).toHaveAttribute('aria-busy', 'false')
  const apples = region(page, language.name('products')).getByRole('listitem').filter({ hasText: 'Organic Apples' })
  await expect(apples).toContainText(expected.price)
  const profile = region(page, language.name('profile'))
  await expect(profile).toContainText(expected.points)
  await expect(profile).toContainText(expected.co2)
  await expect(profile).toContainText(expected.since)
  await expect(region(page, language.name('notifications')).getByRole('listitem').first()).toContainText(expected.ago)
})

test.describe('in a Spanish browser', () => {
  test.use({ locale: 'es-ES' })

  test('the switcher changes the language at once and remembers it across a reload', async ({ page }) => {
    await loadDashboard(page)
    const languages = page.getByRole('group', { name: 'Idioma' })
    await expect(languages.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true')
    await languages.getByRole('button', { name: 'English' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page).toHaveTitle(formats.en.title)
    for (const name of endpointNames) await expect(region(page, sectionNames.en[name])).toBeVisible()
    await expect(page.getByRole('listitem').filter({ hasText: 'Organic Apples' })).toContainText('€3.49')
    await page.reload()
    await loadDashboard(page)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(
      page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'English' }),
    ).toHaveAttribute('aria-pressed', 'true')
    await expect(region(page, sectionNames.en.products)).toBeVisible()
  })

  test('a failure reads as the GOV.UK pattern in Spanish: what happened, then what to do', async ({ page }) => {
    await loadDashboard(page, '?notifications=timeout&products=error@0')
    const notifications = region(page, sectionNames.es.notifications).getByRole('alert')
    await expect(notifications).toContainText('Cargar tus notificaciones ha tardado demasiado')
    await expect(notifications).toContainText('Selecciona Reintentar')
    await expect(notifications.getByRole('button', { name: 'Reintentar' })).toBeVisible()
    await expect(region(page, sectionNames.es.products).getByRole('alert')).toContainText(
      'No hemos podido cargar los productos',
    )
  })
})
