import type { z } from 'zod'
import { field, matching, nonEmpty, strict, url } from '../../core/manifest/fast-schema.js'
import { HTTP_PROTOCOL } from '../../core/manifest/vocabulary.js'
import type { ProviderManifestBlock, Zod } from '../../core/seam/provider-spec.js'

/** Enkryptify's `provider:` block: which workspace and project. */

const DEFAULT_API_URL = 'https://api.enkryptify.com'
const WORKSPACE_SLUG = /^[a-z0-9-]{2,48}$/

const schema = (zod: Zod) =>
  zod.strictObject({
    type: zod.literal('enkryptify'),
    apiUrl: zod.url({ protocol: HTTP_PROTOCOL }).default(DEFAULT_API_URL),
    workspace: zod
      .string()
      .regex(WORKSPACE_SLUG, { message: 'workspace is the workspace slug (a-z, 0-9, -)' }),
    project: zod.string().min(1, { message: 'project is the project slug' }),
  })

export type EnkryptifyConfig = z.infer<ReturnType<typeof schema>>

declare module '../../core/seam/provider-spec.js' {
  interface ProviderBlocks {
    enkryptify: EnkryptifyConfig
  }
}

export const ENKRYPTIFY_MANIFEST: ProviderManifestBlock = {
  schema,
  fastCheck(value) {
    const p = strict(value, ['type', 'apiUrl', 'workspace', 'project'])
    matching(WORKSPACE_SLUG)(p.workspace)
    nonEmpty(p.project)
    field(p, 'apiUrl', url, DEFAULT_API_URL)
  },
  fieldDocs: {
    'provider.apiUrl': "The provider's API address, for a self-hosted or test server.",
    'provider.workspace': 'Enkryptify workspace slug.',
    'provider.project': 'Enkryptify project slug.',
  },
  defaultUrl: DEFAULT_API_URL,
}
