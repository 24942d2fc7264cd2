import type { InfisicalServerHandle } from './infisical/index.js'

/** The project that examples/secrets.yaml manages, with some history so the first plan is interesting. */
export const DEMO = {
  projectId: '6f1d0c9e-2b4a-4c1e-9a51-3f7e2d8c1b00',
  projectSlug: 'demo',
  clientId: 'sandbox-client-id',
  clientSecret: 'sandbox-client-secret',
  environments: ['dev', 'staging', 'prod'],
} as const

export function seedDemo(server: InfisicalServerHandle): void {
  const { identityId } = server.state.addIdentity({
    clientId: DEMO.clientId,
    clientSecret: DEMO.clientSecret,
    name: 'sandbox',
  })
  server.state.addProject({
    id: DEMO.projectId,
    slug: DEMO.projectSlug,
    name: 'Demo',
    environments: DEMO.environments.map((slug) => ({ slug })),
    tags: [{ slug: 'database' }],
    members: [identityId],
  })
  server.state.addSecret(DEMO.projectId, 'dev', '/', { key: 'LOG_LEVEL', value: 'debug' })
  server.state.addSecret(DEMO.projectId, 'dev', '/', { key: 'LEGACY_FLAG', value: 'on' })
  server.state.addSecret(DEMO.projectId, 'prod', '/', {
    key: 'STRIPE_KEY',
    value: 'sandbox-stripe-key-value',
  })
}
