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
    __ecomarketEarly?: Partial<Record<EndpointName, EarlyRequest>>
  }
}

/** Hands over an endpoint's early request, once: only a page's first attempt can use it. */
export function takeEarlyRequest(name: EndpointName): EarlyRequest | undefined {
  const early = globalThis.window?.__ecomarketEarly
  const request = early?.[name]
  if (request) delete early[name]
  return request
}

/**
 * The head script, as source, for the build to inline: it starts one GET per endpoint with the
 * same headers getJson sends, before any module has even downloaded.
 */
export function earlyRequestScript(base: string, paths: [EndpointName, string][]): string {
  return `(()=>{const b=(${JSON.stringify(base)}||location.origin).replace(/\\/+$/,''),e=window.__ecomarketEarly={};for(const[n,p]of ${JSON.stringify(paths)}){const c=new AbortController(),r=fetch(b+p,{signal:c.signal,headers:{Accept:'application/json'}});r.catch(()=>{});e[n]={startedAt:performance.now(),controller:c,response:r}}})()`
}
