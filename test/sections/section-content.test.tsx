import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, expect, test, vi } from 'vitest'
import * as fixtures from '../../mocks/fixtures'
import { server } from '../../mocks/node'
import { CategoriesSection } from '../../src/sections/categories/categories-section'
import { NotificationsSection } from '../../src/sections/notifications/notifications-section'
import { ProductsSection } from '../../src/sections/products/products-section'
import { ProfileSection } from '../../src/sections/profile/profile-section'
import { advance, renderWithClient } from '../render'

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-28T12:00:00Z') })
})

test('each product card shows name, euro price, unit, category, eco labels and rating', async () => {
  renderWithClient(<ProductsSection />)
  await advance(300)
  const cards = within(screen.getByRole('region', { name: 'Products' }))
    .getAllByRole('listitem')
    .filter((li) => li.querySelector('h3'))
  expect(cards).toHaveLength(fixtures.products.length)
  const coffee = cards.find((card) => within(card).queryByRole('heading', { name: 'Highland Coffee Beans' }))!
  expect(coffee).toHaveTextContent('€11.90')
  expect(coffee).toHaveTextContent('Pantry · 500 g')
  expect(within(coffee).getByRole('list', { name: 'Eco labels' })).toHaveTextContent(/Fair trade\s*Organic/)
  expect(coffee).toHaveTextContent('Rated 4.8 out of 5 from 903 reviews')
})

test('category chips show their product counts', async () => {
  renderWithClient(<CategoriesSection />)
  await advance(200)
  const region = screen.getByRole('region', { name: 'Categories' })
  expect(within(region).getAllByRole('listitem')).toHaveLength(fixtures.categories.length)
  expect(within(region).getByText('Pantry').closest('li')).toHaveTextContent('Pantry126 products')
})

test('the profile shows name, tier, eco-points, CO2 saved and member since', async () => {
  renderWithClient(<ProfileSection />)
  await advance(600)
  const region = screen.getByRole('region', { name: 'Profile' })
  expect(within(region).getByRole('heading', { name: 'Lucía Fernández' })).toBeVisible()
  expect(region).toHaveTextContent('Sapling member')
  expect(within(region).getByText('Eco-points').nextSibling).toHaveTextContent('2,480')
  expect(within(region).getByText('CO₂ saved').nextSibling).toHaveTextContent('38.6 kg')
  expect(within(region).getByText('Member since').nextSibling).toHaveTextContent('Apr 2023')
})

test('notifications show type, text, relative time and the unread count', async () => {
  renderWithClient(<NotificationsSection />)
  await advance(400)
  const region = screen.getByRole('region', { name: 'Notifications' })
  expect(within(region).getByText('3 unread')).toBeVisible()
  const items = within(region).getAllByRole('listitem')
  expect(items).toHaveLength(5)
  expect(items[0]).toHaveTextContent('Order (unread): Your order #4821 has shipped')
  expect(items[0]).toHaveTextContent('4 minutes ago')
  expect(items[2]).toHaveTextContent('yesterday')
  expect(items[4]).toHaveTextContent('last week')
  // The mock stamps times when it answers, 300 ms in.
  expect(within(items[0]).getByText('4 minutes ago')).toHaveAttribute('datetime', '2026-11-28T11:56:00.300Z')
})

test('more categories than slots end in a "+N more" chip, so the list keeps its reserved size', async () => {
  const many = Array.from({ length: 9 }, (_, i) => ({ id: `c${i}`, name: `Category ${i}`, productCount: i }))
  server.use(http.get('*/api/categories', () => HttpResponse.json(many)))
  renderWithClient(<CategoriesSection />)
  await advance(50)
  const items = within(screen.getByRole('region', { name: 'Categories' })).getAllByRole('listitem')
  expect(items).toHaveLength(6)
  expect(items.at(-1)).toHaveTextContent('+4 more')
})

test('fewer products than a page keep the page size reserved, invisibly', async () => {
  server.use(http.get('*/api/products', () => HttpResponse.json(fixtures.products.slice(0, 3))))
  renderWithClient(<ProductsSection />)
  await advance(50)
  const region = screen.getByRole('region', { name: 'Products' })
  expect(within(region).getAllByRole('heading', { level: 3 })).toHaveLength(3)
  expect(region.querySelectorAll('.product-grid > li')).toHaveLength(12)
  expect(region.querySelectorAll('.product-grid > li[aria-hidden="true"]')).toHaveLength(9)
})

test('a notification time with an offset Date cannot read (+05) is shown, and the unread count agrees with the list', async () => {
  const [first, ...rest] = fixtures.notifications()
  server.use(
    http.get('*/api/notifications', () =>
      HttpResponse.json([{ ...first, createdAt: '2026-11-28T16:30:00+05' }, ...rest]),
    ),
  )
  renderWithClient(<NotificationsSection />)
  await advance(50)
  const region = screen.getByRole('region', { name: 'Notifications' })
  expect(within(region).queryByRole('alert')).not.toBeInTheDocument()
  expect(within(region).getByText('3 unread')).toBeVisible()
  expect(within(region).getByText('30 minutes ago')).toHaveAttribute('datetime', '2026-11-28T11:30:00.000Z')
})

test('an infinite CO2 figure (1e999 in the JSON) is left out with a note, never shown as "∞ kg"', async () => {
  const body = JSON.stringify(fixtures.profile).replace('"co2SavedKg":38.6', '"co2SavedKg":1e999')
  server.use(
    http.get('*/api/profile', () => HttpResponse.text(body, { headers: { 'Content-Type': 'application/json' } })),
  )
  renderWithClient(<ProfileSection />)
  await advance(50)
  const region = screen.getByRole('region', { name: 'Profile' })
  expect(within(region).queryByRole('alert')).not.toBeInTheDocument()
  expect(within(region).queryByText('CO₂ saved')).not.toBeInTheDocument()
  expect(within(region).getByText('Eco-points').nextSibling).toHaveTextContent('2,480')
  expect(within(region).getByText("1 detail couldn't be shown")).toBeVisible()
  expect(region).not.toHaveTextContent('∞')
})

test('a profile without a readable name is unexpected data: the name is its one required field', async () => {
  server.use(http.get('*/api/profile', () => HttpResponse.json({ ...fixtures.profile, name: '\u200B ' })))
  renderWithClient(<ProfileSection />)
  await advance(50)
  const region = screen.getByRole('region', { name: 'Profile' })
  expect(within(region).getByRole('alert')).toHaveTextContent("We couldn't read your profile")
})

test('in Spanish, prices, counts, weights, dates and times follow Spanish conventions', async () => {
  renderWithClient(
    <>
      <ProductsSection />
      <CategoriesSection />
      <ProfileSection />
      <NotificationsSection />
    </>,
    { locale: 'es' },
  )
  await advance(600)
  const apples = within(screen.getByRole('region', { name: 'Productos' })).getAllByRole('listitem')[0]
  expect(apples).toHaveTextContent(/3,49\s€/)
  expect(apples).toHaveTextContent('Valoración de 4,7 sobre 5, con 212 opiniones')
  expect(within(apples).getByRole('list', { name: 'Sellos ecológicos' })).toHaveTextContent(/Ecológico\s*Local/)
  expect(
    within(screen.getByRole('region', { name: 'Categorías' }))
      .getByText('Pantry')
      .closest('li'),
  ).toHaveTextContent('Pantry126 productos')
  const profile = screen.getByRole('region', { name: 'Perfil' })
  expect(profile).toHaveTextContent('Nivel Arbolito')
  expect(within(profile).getByText('Eco-puntos').nextSibling).toHaveTextContent('2480')
  expect(within(profile).getByText('CO₂ ahorrado').nextSibling).toHaveTextContent(/38,6\s?kg/)
  expect(within(profile).getByText('Miembro desde').nextSibling).toHaveTextContent('abr 2023')
  const notifications = screen.getByRole('region', { name: 'Notificaciones' })
  expect(within(notifications).getByText('3 sin leer')).toBeVisible()
  expect(within(notifications).getAllByRole('listitem')[0]).toHaveTextContent(
    'Pedido (sin leer): Your order #4821 has shipped',
  )
  expect(within(notifications).getAllByRole('listitem')[0]).toHaveTextContent('hace 4 minutos')
})

test("the avatar shows the name's first whole character, even an emoji of several code points", async () => {
  server.use(http.get('*/api/profile', () => HttpResponse.json({ ...fixtures.profile, name: '👩🏽‍🌾 Marta Ruiz' })))
  renderWithClient(<ProfileSection />)
  await advance(50)
  const avatar = screen.getByRole('region', { name: 'Profile' }).querySelector('.profile__avatar')
  expect(avatar).toHaveTextContent(/^👩🏽‍🌾$/u)
})

test('a brand-new member is told how eco-points are earned, with a way to the products', async () => {
  server.use(http.get('*/api/profile', () => HttpResponse.json(fixtures.newMemberProfile)))
  renderWithClient(<ProfileSection />)
  await advance(50)
  const region = screen.getByRole('region', { name: 'Profile' })
  expect(region).toHaveTextContent('No eco-points yet: you earn them with every order.')
  expect(within(region).getByRole('link', { name: 'Browse featured products' })).toHaveAttribute(
    'href',
    '#products-heading',
  )
})
