import type { Manifest } from '../core/manifest/schema.js'
import { InfisicalProvider } from '../providers/infisical/provider.js'
import type { Provider } from '../providers/types.js'
import { type RunOptions, UserError } from './types.js'

/** Builds the provider the manifest names, with credentials from the caller (CLI env or action inputs). */
export function connectProvider(manifest: Manifest, opts: RunOptions): Provider {
  const config = manifest.provider
  if (!opts.credentials) {
    throw new UserError(
      'no Infisical credentials: set INFISICAL_CLIENT_ID and INFISICAL_CLIENT_SECRET (universal auth) or INFISICAL_TOKEN',
    )
  }
  return new InfisicalProvider({
    siteUrl: opts.siteUrl ?? config.siteUrl,
    projectId: config.projectId,
    projectSlug: config.projectSlug,
    credentials: opts.credentials,
    registerSecret: (s) => opts.redactor.register(s),
    allowInsecureHttp: opts.env.SECRETS_MANIFEST_ALLOW_HTTP === '1',
    onRequest: opts.onRequest,
  })
}
