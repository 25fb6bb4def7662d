// Types for scripts/bundle-sizes.mjs, which the build test imports.
interface Layer {
  files: string[]
  gzipKb: number
}

export function bundleSizes(dist: string): {
  initial: Layer
  catalogs: Record<string, Layer>
  mockLayer: Layer
  devPanel: Layer
}
