import type { Manifest } from '../core/manifest/schema.js'
import { EnkryptifyProvider } from '../providers/enkryptify/provider.js'
import { InfisicalProvider } from '../providers/infisical/provider.js'
import { PrimeIntellectProvider } from '../providers/prime-intellect/provider.js'
import type { Provider, ProviderType } from '../providers/types.js'
import {
  CREDENTIAL_PROVIDER,
  type Credentials,
  type EnkryptifyCredentials,
  type InfisicalCredentials,
  type PrimeIntellectCredentials,
  type RunOptions,
  UserError,
} from './types.js'

const MISSING: Record<ProviderType, string> = {
  infisical:
    'no Infisical credentials: set INFISICAL_CLIENT_ID and INFISICAL_CLIENT_SECRET (universal auth) or INFISICAL_TOKEN',
  enkryptify: 'no Enkryptify token: set ENKRYPTIFY_TOKEN to an API token (ek_live_…)',
  'prime-intellect': 'no Prime Intellect API key: set PRIME_API_KEY',
}

/** Builds the provider the manifest names, with credentials from the caller (CLI env or action inputs). */
export function connectProvider(manifest: Manifest, opts: RunOptions): Provider {
  const config = manifest.provider
  const common = {
    registerSecret: (s: string) => opts.redactor.register(s),
    allowInsecureHttp: opts.env.SECRETS_MANIFEST_ALLOW_HTTP === '1',
    onRequest: opts.onRequest,
  }
  switch (config.type) {
    case 'infisical':
      return new InfisicalProvider({
        siteUrl: opts.siteUrl ?? config.siteUrl,
        projectId: config.projectId,
        projectSlug: config.projectSlug,
        credentials: credentialsFor<InfisicalCredentials>('infisical', opts.credentials),
        ...common,
      })
    case 'enkryptify':
      return new EnkryptifyProvider({
        apiUrl: opts.env.ENKRYPTIFY_API_URL || config.apiUrl,
        workspace: config.workspace,
        project: config.project,
        token: credentialsFor<EnkryptifyCredentials>('enkryptify', opts.credentials).token,
        ...common,
      })
    case 'prime-intellect': {
      const c = credentialsFor<PrimeIntellectCredentials>('prime-intellect', opts.credentials)
      return new PrimeIntellectProvider({
        apiUrl: opts.env.PRIME_API_BASE_URL || opts.env.PRIME_BASE_URL || config.apiUrl,
        apiKey: c.apiKey,
        teamId: c.teamId || config.teamId,
        ...common,
      })
    }
  }
}

function credentialsFor<T extends Credentials>(
  type: ProviderType,
  given: Credentials | readonly Credentials[] | undefined,
): T {
  const all: readonly Credentials[] =
    given === undefined ? [] : Array.isArray(given) ? given : [given as Credentials]
  const found = all.find((c) => CREDENTIAL_PROVIDER[c.method] === type)
  if (!found) throw new UserError(MISSING[type])
  return found as T
}
