import type { z } from 'zod'
import { field, nonEmpty, strict, url } from '../../core/manifest/fast-schema.js'
import { HTTP_PROTOCOL } from '../../core/manifest/vocabulary.js'
import type { ProviderManifestBlock, Zod } from '../../core/seam/provider-spec.js'

/** Infisical's `provider:` block: which server and which project. */

const DEFAULT_SITE_URL = 'https://app.infisical.com'

const schema = (zod: Zod) =>
  zod.strictObject({
    type: zod.literal('infisical'),
    siteUrl: zod.url({ protocol: HTTP_PROTOCOL }).default(DEFAULT_SITE_URL),
    projectId: zod.string().min(1).optional(),
    projectSlug: zod.string().min(1).optional(),
  })

export type InfisicalConfig = z.infer<ReturnType<typeof schema>>

declare module '../../core/seam/provider-spec.js' {
  interface ProviderBlocks {
    infisical: InfisicalConfig
  }
}

export const INFISICAL_MANIFEST: ProviderManifestBlock = {
  schema,
  fastCheck(value) {
    const p = strict(value, ['type', 'siteUrl', 'projectId', 'projectSlug'])
    field(p, 'projectId', nonEmpty)
    field(p, 'projectSlug', nonEmpty)
    field(p, 'siteUrl', url, DEFAULT_SITE_URL)
  },
  fieldDocs: {
    'provider.siteUrl':
      'Infisical address; default https://app.infisical.com. INFISICAL_SITE_URL (CLI) or the site-url/domain input (action) overrides it. Plain http:// only to loopback unless SECRETS_MANIFEST_ALLOW_HTTP=1.',
    'provider.projectId': 'Infisical project id; this or projectSlug is required.',
    'provider.projectSlug': 'Infisical project slug; this or projectId is required.',
  },
  defaultUrl: DEFAULT_SITE_URL,
  check(block) {
    const { projectId, projectSlug } = block as InfisicalConfig
    if (projectId || projectSlug) return []
    return [
      {
        path: ['provider'],
        ruleId: 'provider-project',
        message: 'provider needs projectId or projectSlug',
        hint: 'add `projectId:` (the project id from the Infisical project settings)',
      },
    ]
  },
  jsonSchema: { anyOf: [{ required: ['projectId'] }, { required: ['projectSlug'] }] },
}
