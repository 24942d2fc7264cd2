import type { Manifest, ValueSource } from '../manifest/schema.js'

export interface LiteralValue {
  index: number
  key: string
  value: string
  /** The `literal` node, so a finding points at the value's line without printing it. */
  path: readonly PropertyKey[]
}

/** Where a literal is: `env` is undefined for a single source, else the environment of the map entry. */
export const literalPath = (index: number, env: string | undefined): readonly PropertyKey[] =>
  env === undefined ? ['secrets', index, 'value', 'literal'] : ['secrets', index, 'value', env, 'literal']

/**
 * Calls `visit` for every `{ literal: ... }` source, one per written node (a map entry counts once).
 * Nothing is built per literal, so a check of 10,000 literals that finds nothing allocates nothing.
 */
export function forEachLiteral(
  manifest: Manifest,
  visit: (value: string, index: number, env: string | undefined) => void,
): void {
  const secrets = manifest.secrets
  for (let index = 0; index < secrets.length; index++) {
    const value = secrets[index]!.value
    if (!value) continue
    // A single source has a string `literal`; in an environment map every entry is an object, even for
    // an environment called "literal". Checked by shape so this module needs no runtime schema import.
    const single = (value as { literal?: unknown }).literal
    if (typeof single === 'string') {
      visit(single, index, undefined)
      continue
    }
    for (const env in value) {
      const src = (value as Record<string, ValueSource>)[env]
      if (typeof src === 'object' && src !== null && 'literal' in src) visit(src.literal, index, env)
    }
  }
}

/** Every literal as a list, for the checks that read them all anyway. */
export function literalValues(manifest: Manifest): LiteralValue[] {
  const out: LiteralValue[] = []
  forEachLiteral(manifest, (value, index, env) =>
    out.push({ index, key: manifest.secrets[index]!.key, value, path: literalPath(index, env) }),
  )
  return out
}
