import type { ProviderSpec } from '../../core/seam/provider-spec.js'
import { PRIME_INTELLECT_CAPABILITIES } from './capabilities.js'
import { PRIME_INTELLECT_RULES } from './lint.js'
import { PRIME_INTELLECT_MANIFEST } from './manifest.js'

/** What the core knows of this provider (no client: the hook loads this). */
export const PRIME_INTELLECT_SPEC: ProviderSpec & { readonly type: 'prime-intellect' } = {
  type: 'prime-intellect',
  name: 'Prime Intellect',
  capabilities: PRIME_INTELLECT_CAPABILITIES,
  manifest: PRIME_INTELLECT_MANIFEST,
  lint: PRIME_INTELLECT_RULES,
  tokenShapes: [{ pattern: /\bpit_[0-9A-Za-z_-]{16,}/, label: 'a Prime Intellect API key' }],
}
