// The static host's head script (mocking-off build): the four requests leave before anything else,
// then the page's language is chosen.
import { startEarlyRequests, type EarlyRequestsConfig } from '../early-requests'
import { chooseLanguage } from '../language'

declare const __HEAD_CONFIG__: { requests: EarlyRequestsConfig; catalogs: Record<string, string> }

startEarlyRequests(__HEAD_CONFIG__.requests)
chooseLanguage(__HEAD_CONFIG__.catalogs)
