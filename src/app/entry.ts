// The page's entry chunk is this module alone (build/build-flags.ts): it exports nothing, so no
// other chunk imports it, and the loader's second try under another URL (src/app/head/start-app.ts)
// can't leave a chunk asking for the first URL again and running the app twice.
import './main'
