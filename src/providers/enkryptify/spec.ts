import type { ProviderSpec } from '../../core/seam/provider-spec.js'
import { ENKRYPTIFY_CAPABILITIES } from './capabilities.js'
import { ENKRYPTIFY_RULES } from './lint.js'
import { ENKRYPTIFY_MANIFEST } from './manifest.js'

/** What the core knows of this provider (no client: the hook loads this). */
export const ENKRYPTIFY_SPEC: ProviderSpec & { readonly type: 'enkryptify' } = {
  type: 'enkryptify',
  name: 'Enkryptify',
  capabilities: ENKRYPTIFY_CAPABILITIES,
  manifest: ENKRYPTIFY_MANIFEST,
  lint: ENKRYPTIFY_RULES,
  tokenShapes: [{ pattern: /\bek_live_[0-9A-Za-z_-]{16,}/, label: 'an Enkryptify token' }],
}
