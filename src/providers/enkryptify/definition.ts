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
  help: {
    credentials: 'ENKRYPTIFY_TOKEN (ENKRYPTIFY_API_URL overrides provider.apiUrl)',
    project: 'WORKSPACE/PROJECT',
  },
  blockFromProject(project) {
    const [workspace, name] = (project ?? '').split('/')
    if (!workspace || !name) return { problem: 'name the project: --project WORKSPACE/PROJECT' }
    return { block: { type: 'enkryptify', workspace, project: name } }
  },
  actionInputs: [{ name: 'enkryptify-token', secret: true }],
  async credentialsFromInputs(read) {
    const token = read('enkryptify-token')
    return token ? { ok: { method: 'enkryptify-token', token } } : undefined
  },
  missingInputs: '`enkryptify-token`',
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
