import { afterEach, beforeEach, expect, test } from 'vitest'
import { readStreamedAnswers } from '../../src/app/streamed-answers'
import { STREAMED_EVENT } from '../../src/app/streamed-page'

// How the app reads a streamed page's answers (src/app/streamed-answers.ts).

const block = (name: string, extra: object = {}) =>
  JSON.stringify({
    v: 1,
    name,
    at: 1_000,
    outcome: { data: [name] },
    strings: { [`en|integer|${name.length}`]: 'n' },
    ...extra,
  })
const box = (name: string, json = block(name), revealed = true) =>
  `<div class="streamed" data-section="${name}"${revealed ? ' data-revealed' : ''}><script type="application/json" data-answer>${json}</script></div>`

let readyState: DocumentReadyState = 'loading'
beforeEach(() => Object.defineProperty(document, 'readyState', { configurable: true, get: () => readyState }))

afterEach(() => {
  document.body.innerHTML = ''
  readyState = 'loading'
})

test('answers already in the page are taken at once, each once; their Intl strings are gathered', async () => {
  document.body.innerHTML = `<div id="root"></div>${box('categories')}`
  const answers = readStreamedAnswers()
  expect(await answers.take('categories')).toMatchObject({ name: 'categories', outcome: { data: ['categories'] } })
  expect(await answers.take('categories')).toBeUndefined() // a retry asks the network
  expect(answers.strings.get('en|integer|10')).toBe('n')
})

test('an answer still on its way is waited for; the end of the document settles the rest as absent', async () => {
  document.body.innerHTML = '<div id="root"></div>'
  const answers = readStreamedAnswers()
  const products = answers.take('products')
  const profile = answers.take('profile')
  document.body.insertAdjacentHTML('beforeend', box('products'))
  document.dispatchEvent(new CustomEvent(STREAMED_EVENT, { detail: 'products' }))
  expect(await products).toMatchObject({ name: 'products' })
  readyState = 'interactive'
  document.dispatchEvent(new Event('DOMContentLoaded'))
  expect(await profile).toBeUndefined()
})

test('a broken block is no answer: the browser asks for that section itself', async () => {
  document.body.innerHTML = `<div id="root"></div>${box('profile', '{"v":1,')}${box('products', block('products', { v: 2 }))}`
  readyState = 'complete'
  const answers = readStreamedAnswers()
  expect(await answers.take('profile')).toBeUndefined()
  expect(await answers.take('products')).toBeUndefined()
})

test('taking over #root says which sections the HTML shows settled, as of the server’s render', () => {
  document.body.innerHTML = `<div id="root"></div>${box('categories')}${box('products', block('products'), false)}`
  const answers = readStreamedAnswers()
  expect(answers.takeOver()).toEqual({ categories: { settled: true, renderedAt: 1_000 } })
  expect(document.getElementById('root')).toHaveAttribute('data-app', '')
})
