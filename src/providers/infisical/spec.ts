import type { ProviderSpec } from '../../core/seam/provider-spec.js'
import { INFISICAL_CAPABILITIES } from './capabilities.js'
import { INFISICAL_RULES } from './lint.js'
import { INFISICAL_MANIFEST } from './manifest.js'

/** What the core knows of this provider (no client: the hook loads this). */
export const INFISICAL_SPEC: ProviderSpec & { readonly type: 'infisical' } = {
  type: 'infisical',
  name: 'Infisical',
  capabilities: INFISICAL_CAPABILITIES,
  manifest: INFISICAL_MANIFEST,
  lint: INFISICAL_RULES,
  tokenShapes: [
    { pattern: /\bst\.[0-9a-f-]{20,}\.[0-9a-f]{16,}\.[0-9a-f]{16,}/, label: 'an Infisical service token' },
  ],
}
