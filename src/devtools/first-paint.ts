import './first-paint.css'
import { parseScenarioUrl } from '../../mocks/scenario-url'
import { drawWarningsIntoShell } from './scenario-warnings-markup'

// Mock mode only. A build runs this as a render-blocking module (build/early-start.ts), after the
// language's shell is in place and before the first paint: the URL warnings take their room in the
// page from the start instead of pushing the sections down when React arrives. The mock layer
// (mocks/browser.ts) reads the same URL with the same parser, so React hydrates this very banner.
drawWarningsIntoShell(document, parseScenarioUrl(window.location.search).warnings)
