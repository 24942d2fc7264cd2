import type { Manifest, ValueSource } from '../manifest/schema.js'

export interface LiteralValue {
  index: number
  key: string
  value: string
  /** The `literal` node, so a finding points at the value's line without printing it. */
  path: readonly PropertyKey[]
}

/** Every `{ literal: ... }` source in the manifest, one per written node (a map entry counts once). */
export function literalValues(manifest: Manifest): LiteralValue[] {
  const out: LiteralValue[] = []
  manifest.secrets.forEach((secret, index) => {
    const value = secret.value
    if (!value) return
    // A single source has a string `literal`; in an environment map every entry is an object, even for
    // an environment called "literal". Checked by shape so this module needs no runtime schema import.
    if (typeof (value as { literal?: unknown }).literal === 'string') {
      out.push({
        index,
        key: secret.key,
        value: (value as { literal: string }).literal,
        path: ['secrets', index, 'value', 'literal'],
      })
      return
    }
    for (const [env, src] of Object.entries(value as Record<string, ValueSource>)) {
      if (typeof src === 'object' && src !== null && 'literal' in src) {
        out.push({
          index,
          key: secret.key,
          value: src.literal,
          path: ['secrets', index, 'value', env, 'literal'],
        })
      }
    }
  })
  return out
}
