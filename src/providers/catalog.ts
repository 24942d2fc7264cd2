import { createCatalog } from '../core/catalog.js'
import { addTokenShapes } from '../core/rules/secret-patterns.js'
import type { ProviderSpec, ProviderType } from '../core/seam/provider-spec.js'
import { ENKRYPTIFY_SPEC } from './enkryptify/spec.js'
import { INFISICAL_SPEC } from './infisical/spec.js'
import { PRIME_INTELLECT_SPEC } from './prime-intellect/spec.js'

/**
 * What the core knows of every provider (manifest blocks, capabilities, rules, token shapes), in the
 * registry's order, without their clients: the hook imports this, not registry.ts, because a bundler
 * packs what a `load()` imports even when it never runs. The record type makes every provider's entry
 * required, and a test checks that it matches the registry.
 */
const SPECS = {
  infisical: INFISICAL_SPEC,
  enkryptify: ENKRYPTIFY_SPEC,
  'prime-intellect': PRIME_INTELLECT_SPEC,
} as const satisfies { [T in ProviderType]: ProviderSpec & { readonly type: T } }

/** The providers a manifest may name, built once; every entry passes it to the core. */
export const PROVIDER_CATALOG = createCatalog(Object.values(SPECS))

// A provider's token pasted anywhere is reported and never quoted, by every front end: each imports this.
addTokenShapes(PROVIDER_CATALOG.providers.flatMap((p) => p.tokenShapes ?? []))
