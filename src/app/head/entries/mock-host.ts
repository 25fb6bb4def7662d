// The mock build's head script: the mock API's service worker registers at once (requests must
// wait for it), then the page's language is chosen.
import { chooseLanguage } from '../language'

declare const __HEAD_CONFIG__: { worker: string; catalogs: Record<string, string> }

navigator.serviceWorker?.register(__HEAD_CONFIG__.worker).catch(() => {})
chooseLanguage(__HEAD_CONFIG__.catalogs)
