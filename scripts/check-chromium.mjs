// Stops the browser tests with one clear line when there is no Chromium to run them.
import { assertChromium } from './chromium.mjs'

assertChromium()
