// npm run lighthouse: Lighthouse CI, mobile preset (Lighthouse's default), against npm run serve.
// Chromium is Debian's (CHROMIUM_PATH overrides); nothing downloads a browser.
const chromePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const port = 4380

module.exports = {
  ci: {
    collect: {
      startServerCommand: `npm run serve -- --port ${port}`,
      startServerReadyPattern: 'EcoMarket on',
      startServerReadyTimeout: 120000,
      url: [`http://localhost:${port}/`],
      numberOfRuns: 5,
      chromePath,
      settings: {
        chromeFlags:
          '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
      },
    },
    assert: {
      assertions: {
        'categories:performance': ['error', { minScore: 0.95, aggregationMethod: 'median-run' }],
        'categories:accessibility': ['error', { minScore: 1, aggregationMethod: 'median-run' }],
        'categories:best-practices': ['error', { minScore: 1, aggregationMethod: 'median-run' }],
      },
    },
    upload: { target: 'filesystem', outputDir: 'bench-results/lighthouse' },
  },
}
