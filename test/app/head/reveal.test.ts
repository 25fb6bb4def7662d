import { afterEach, expect, test, vi } from 'vitest'
import { revealStreamedSections } from '../../../src/app/head/reveal'
import { STREAMED_EVENT } from '../../../src/app/streamed-page'

// The reveal step, as the streamed document runs it after each section (src/app/head/reveal.ts).

const skeleton = (name: string) =>
  `<section aria-labelledby="${name}-heading" aria-busy="true"><h2 id="${name}-heading">${name}</h2>…</section>`
const box = (name: string, { final }: { final: boolean }) =>
  `<div class="streamed" data-section="${name}"${final ? ' data-final' : ''}>` +
  `<script type="application/json" data-answer>{}</script>` +
  `<section aria-labelledby="${name}-heading" aria-busy="false"><h2 id="${name}-heading">${name}</h2>data</section></div>`

function page(...boxes: string[]) {
  document.body.innerHTML = `<div id="root">${skeleton('products')}${skeleton('profile')}</div>${boxes.join('')}`
  const heard: string[] = []
  const listen = (event: Event) => heard.push((event as CustomEvent<string>).detail)
  document.addEventListener(STREAMED_EVENT, listen)
  return { heard, stop: () => document.removeEventListener(STREAMED_EVENT, listen) }
}
const inRoot = (name: string) =>
  document.querySelector(`#root section[aria-labelledby="${name}-heading"]`)?.getAttribute('aria-busy')

afterEach(() => {
  document.body.innerHTML = ''
})

test('a settled section takes its skeleton’s place, and the app hears of it', () => {
  const { heard, stop } = page(box('products', { final: true }))
  revealStreamedSections()
  expect(inRoot('products')).toBe('false')
  expect(inRoot('profile')).toBe('true')
  expect(document.querySelector<HTMLElement>('[data-section="products"]')!.dataset.revealed).toBe('')
  expect(heard).toEqual(['products'])
  stop()
})

test('a failure the browser will retry keeps its skeleton; the app still hears of it', () => {
  const { heard, stop } = page(box('products', { final: false }))
  revealStreamedSections()
  expect(inRoot('products')).toBe('true')
  expect(heard).toEqual(['products'])
  stop()
})

test('each box is read once, however often the step runs', () => {
  vi.spyOn(Date, 'now').mockReturnValue(1_000)
  const { heard, stop } = page(box('products', { final: true }))
  revealStreamedSections()
  document.body.insertAdjacentHTML('beforeend', box('profile', { final: true }))
  revealStreamedSections()
  expect(heard).toEqual(['products', 'profile'])
  expect(document.querySelector<HTMLElement>('[data-section="profile"]')!.dataset.arrivedAt).toBe('1000')
  stop()
})

test('once the app owns #root, nothing is moved under it: the answer goes to the app alone', () => {
  const { heard, stop } = page(box('products', { final: true }))
  document.getElementById('root')!.setAttribute('data-app', '')
  revealStreamedSections()
  expect(inRoot('products')).toBe('true')
  expect(heard).toEqual(['products'])
  stop()
})
