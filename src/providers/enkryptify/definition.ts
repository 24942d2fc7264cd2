import { clientOptions, type ProviderDefinition } from '../definition.js'
import type { EnkryptifyCredentials } from './credentials.js'
import { ENKRYPTIFY_SPEC } from './spec.js'

export const enkryptify: ProviderDefinition<'enkryptify', EnkryptifyCredentials> = {
  ...ENKRYPTIFY_SPEC,
  credentialMethods: ['enkryptify-token'],
  credentialEnv: ['ENKRYPTIFY_TOKEN'],
  missingCredentials: 'no Enkryptify token: set ENKRYPTIFY_TOKEN to an API token (ek_live_…)',
  credentialsFromEnv: (env) =>
    env.ENKRYPTIFY_TOKEN ? { method: 'enkryptify-token', token: env.ENKRYPTIFY_TOKEN } : undefined,
  secretsOf: (c) => [c.token],
  async load(config, { token }, runtime) {
    const { EnkryptifyProvider } = await import('./provider.js')
    return new EnkryptifyProvider({
      apiUrl: runtime.env.ENKRYPTIFY_API_URL || config.apiUrl,
      workspace: config.workspace,
      project: config.project,
      token,
      ...clientOptions(runtime),
    })
  },
}
