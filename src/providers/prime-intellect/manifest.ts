import type { z } from 'zod'
import { field, nonEmpty, oneOf, strict, url } from '../../core/manifest/fast-schema.js'
import { HTTP_PROTOCOL } from '../../core/manifest/vocabulary.js'
import type { ProviderManifestBlock, Zod } from '../../core/seam/provider-spec.js'

/** Prime Intellect's `provider:` block: personal or team secrets, and what to do with unreadable values. */

const DEFAULT_API_URL = 'https://api.primeintellect.ai'
const UPDATE_VALUES = ['never', 'always'] as const

const schema = (zod: Zod) =>
  zod.strictObject({
    type: zod.literal('prime-intellect'),
    apiUrl: zod.url({ protocol: HTTP_PROTOCOL }).default(DEFAULT_API_URL),
    teamId: zod.string().min(1).optional(),
    /** Values are never returned: `always` writes every value on every apply, `never` only creates. */
    updateValues: zod.enum(UPDATE_VALUES).default('never'),
  })

export type PrimeIntellectConfig = z.infer<ReturnType<typeof schema>>

declare module '../../core/seam/provider-spec.js' {
  interface ProviderBlocks {
    'prime-intellect': PrimeIntellectConfig
  }
}

export const PRIME_INTELLECT_MANIFEST: ProviderManifestBlock = {
  schema,
  fastCheck(value) {
    const p = strict(value, ['type', 'apiUrl', 'teamId', 'updateValues'])
    field(p, 'teamId', nonEmpty)
    field(p, 'updateValues', oneOf(UPDATE_VALUES), 'never')
    field(p, 'apiUrl', url, DEFAULT_API_URL)
  },
  fieldDocs: {
    'provider.apiUrl': "The provider's API address, for a self-hosted or test server.",
    'provider.teamId': 'Prime Intellect team id; omit for personal secrets. PRIME_TEAM_ID overrides it.',
    'provider.updateValues':
      'Prime Intellect values cannot be read back: never (default) writes only new keys, always writes every value on each apply.',
  },
  defaultUrl: DEFAULT_API_URL,
}
