// @vitest-environment node
import { expect, test } from 'vitest'
import { liveSocketOrigin, withLiveSetting } from '../../server/live-setting'

// The server writes its --live-url into the pages it sends (docs/architecture.md, The live socket).

const page = '<head><meta charset="UTF-8"><meta name="ecomarket-live" content="off"><title>t</title></head>'

test('the setting replaces the build’s, and nothing else changes', () => {
  expect(withLiveSetting(page, '/api/notifications/live')).toBe(
    '<head><meta charset="UTF-8"><meta name="ecomarket-live" content="/api/notifications/live"><title>t</title></head>',
  )
})

test('a setting can’t break out of its attribute', () => {
  expect(withLiveSetting(page, 'wss://x.example/"><script>alert(1)</script>&')).toContain(
    'content="wss://x.example/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;"><title>',
  )
})

test('a page without the tag, or with two, is refused rather than served without the server’s setting', () => {
  expect(() => withLiveSetting('<head></head>', 'off')).toThrow(/exactly one/)
  expect(() => withLiveSetting(page + page, 'off')).toThrow(/exactly one/)
})

test.each([
  ['off', undefined],
  ['/api/notifications/live', undefined],
  ['wss://live.example/socket', 'wss://live.example'],
  ['https://live.example:8443/socket', 'wss://live.example:8443'],
  ['http://live.example/socket', 'ws://live.example'],
])('%s is on %s', (setting, origin) => {
  expect(liveSocketOrigin(setting)).toBe(origin)
})
