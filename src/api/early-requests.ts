import type { EndpointName } from './endpoints'

/** A request the page's head script started while the HTML was still arriving. */
export interface EarlyRequest {
  /** performance.now() when it left, so its timeout counts from the real start. */
  startedAt: number
  controller: AbortController
  response: Promise<Response>
}

declare global {
  interface Window {
    __ecomarketEarly?: Partial<Record<string, EarlyRequest>>
  }
}

/** Hands over an endpoint's early request, once: only a page's first attempt can use it. */
export function takeEarlyRequest(name: string): EarlyRequest | undefined {
  const early = globalThis.window?.__ecomarketEarly
  const request = early?.[name]
  if (request) delete early[name]
  return request
}

/** What the head script needs to know of saved data, to leave out requests that it still answers. */
export interface SavedDataCheck {
  key: string
  buster: string
}

/**
 * The head script, as source, for the build to inline: it starts one GET per endpoint with the
 * same headers getJson sends, before any module has even downloaded. An endpoint whose saved
 * answer is still fresh (`freshForMs` since it was fetched, same buster) is left out: the app
 * shows the saved answer and makes no request (src/api/saved-data.ts).
 */
export function earlyRequestScript(
  base: string,
  requests: [EndpointName, string, number][],
  saved: SavedDataCheck,
): string {
  // Endpoints that saved data can't spare leave first; reading storage (slow on a cold profile) comes after them.
  const ordered = [...requests].sort((a, b) => Number(a[2] > 0) - Number(b[2] > 0))
  return `(()=>{const b=(${JSON.stringify(base)}||location.origin).replace(/\\/+$/,''),e=window.__ecomarketEarly={};let s;const fresh=(n,f)=>{if(!f)return false;if(!s){s=[];try{const c=JSON.parse(localStorage.getItem(${JSON.stringify(saved.key)}));if(c.buster===${JSON.stringify(saved.buster)})s=c.clientState.queries}catch{}}return s.some(q=>q.queryKey[0]===n&&q.state.status==='success'&&Date.now()-q.state.dataUpdatedAt<f)};for(const[n,p,f]of ${JSON.stringify(ordered)}){if(fresh(n,f))continue;const c=new AbortController(),r=fetch(b+p,{signal:c.signal,headers:{Accept:'application/json'}});r.catch(()=>{});e[n]={startedAt:performance.now(),controller:c,response:r}}})()`
}
