import { clientOptions, type ProviderDefinition } from '../definition.js'
import {
  checkInputs,
  credentialsFromInputs,
  INFISICAL_INPUTS,
  MISSING_INPUTS,
  oidcRejectionHint,
} from './action-inputs.js'
import type { InfisicalCredentials } from './credentials.js'
import { INFISICAL_SPEC } from './spec.js'

export const infisical: ProviderDefinition<'infisical', InfisicalCredentials> = {
  ...INFISICAL_SPEC,
  credentialMethods: ['universal', 'token', 'oidc'],
  credentialEnv: ['INFISICAL_CLIENT_ID', 'INFISICAL_CLIENT_SECRET', 'INFISICAL_TOKEN'],
  missingCredentials:
    'no Infisical credentials: set INFISICAL_CLIENT_ID and INFISICAL_CLIENT_SECRET (universal auth) or INFISICAL_TOKEN',
  credentialsFromEnv(env) {
    if (env.INFISICAL_CLIENT_ID && env.INFISICAL_CLIENT_SECRET) {
      return {
        method: 'universal',
        clientId: env.INFISICAL_CLIENT_ID,
        clientSecret: env.INFISICAL_CLIENT_SECRET,
      }
    }
    return env.INFISICAL_TOKEN ? { method: 'token', token: env.INFISICAL_TOKEN } : undefined
  },
  secretsOf(c) {
    if (c.method === 'universal') return [c.clientSecret]
    if (c.method === 'token') return [c.token]
    return []
  },
  siteUrlEnv: 'INFISICAL_SITE_URL',
  help: {
    credentials:
      'INFISICAL_CLIENT_ID + INFISICAL_CLIENT_SECRET, or INFISICAL_TOKEN; INFISICAL_SITE_URL overrides provider.siteUrl',
    project: 'projectId',
  },
  blockFromProject: (project) =>
    project
      ? { block: { type: 'infisical', projectId: project } }
      : { problem: 'name the project: --project PROJECT_ID (or --manifest FILE)' },
  actionInputs: INFISICAL_INPUTS,
  checkInputs,
  credentialsFromInputs,
  missingInputs: MISSING_INPUTS,
  failureHint: oidcRejectionHint,
  async load(config, credentials, runtime) {
    const { InfisicalProvider } = await import('./provider.js')
    return new InfisicalProvider({
      siteUrl: runtime.siteUrl ?? config.siteUrl,
      projectId: config.projectId,
      projectSlug: config.projectSlug,
      credentials,
      ...clientOptions(runtime),
    })
  },
}
