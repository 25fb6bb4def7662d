// The mock layer's stand-in for tldts. MSW's cookie store (through tough-cookie) asks tldts for a
// host's registrable domain, which means shipping the whole public-suffix list: 250 KB of JS that
// took ~60 ms to evaluate before the first mocked request. The mock API sets no cookies and runs on
// localhost or a developer's host, so the last two labels are the right answer there.
export function getDomain(hostname: string): string | null {
  const labels = hostname.replace(/\.$/, '').split('.')
  if (labels.length === 0 || labels[0] === '') return null
  return labels.slice(-2).join('.')
}
