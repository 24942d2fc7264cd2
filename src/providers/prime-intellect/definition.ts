import { clientOptions, type ProviderDefinition } from '../definition.js'
import type { PrimeIntellectCredentials } from './credentials.js'
import { PRIME_INTELLECT_SPEC } from './spec.js'

export const primeIntellect: ProviderDefinition<'prime-intellect', PrimeIntellectCredentials> = {
  ...PRIME_INTELLECT_SPEC,
  credentialMethods: ['prime-api-key'],
  credentialEnv: ['PRIME_API_KEY', 'PRIME_TEAM_ID'],
  missingCredentials: 'no Prime Intellect API key: set PRIME_API_KEY',
  credentialsFromEnv: (env) =>
    env.PRIME_API_KEY
      ? { method: 'prime-api-key', apiKey: env.PRIME_API_KEY, teamId: env.PRIME_TEAM_ID || undefined }
      : undefined,
  secretsOf: (c) => [c.apiKey],
  help: {
    credentials: 'PRIME_API_KEY, PRIME_TEAM_ID (PRIME_API_BASE_URL overrides provider.apiUrl)',
    project: 'team id',
  },
  blockFromProject: (project) => ({
    block: { type: 'prime-intellect', ...(project ? { teamId: project } : {}) },
  }),
  actionInputs: [
    { name: 'prime-api-key', secret: true },
    { name: 'prime-team-id', secret: false },
  ],
  async credentialsFromInputs(read) {
    const apiKey = read('prime-api-key')
    if (!apiKey) return undefined
    const teamId = read('prime-team-id')
    return { ok: { method: 'prime-api-key', apiKey, ...(teamId ? { teamId } : {}) } }
  },
  missingInputs: '`prime-api-key`',
  async load(config, c, runtime) {
    const { PrimeIntellectProvider } = await import('./provider.js')
    return new PrimeIntellectProvider({
      apiUrl: runtime.env.PRIME_API_BASE_URL || runtime.env.PRIME_BASE_URL || config.apiUrl,
      apiKey: c.apiKey,
      teamId: c.teamId || config.teamId,
      ...clientOptions(runtime),
    })
  },
}
