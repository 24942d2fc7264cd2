import {
  type InfisicalServerHandle,
  type InfisicalServerOptions,
  startInfisicalServer,
} from '../../src/sandbox/infisical/index.js'
import { type FakeGitHub, startGitHubServer } from '../fakes/github-server.js'
import { workspace } from './harness.js'

/** Values that must never appear on any channel but `::add-mask::`. */
export const SENTINEL = {
  db: 'postgres://app:SENTINEL-db-7f3c9e21a4b8@db.internal:5432/app',
  pem: '-----BEGIN PRIVATE KEY-----\nSENTINELpemLineOneAAAAAAAAAAAA\nSENTINELpemLineTwoBBBBBBBBBBBB\n-----END PRIVATE KEY-----',
  remoteOnly: 'SENTINEL-remote-only-5d2e8a91',
  clientSecret: 'SENTINEL-client-secret-9b1f0c',
  githubToken: 'ghs_SENTINELgithubToken0123456789',
} as const

export const ALL_SENTINELS = Object.values(SENTINEL)

export interface Env {
  infisical: InfisicalServerHandle
  github: FakeGitHub
  projectId: string
  identityId: string
  workdir: string
  /** Inputs for universal auth against the local Infisical. */
  inputs: Record<string, string>
  /** The manifest's value sources. */
  values: Record<string, string>
  close(): Promise<void>
}

export function manifestFor(projectId: string): string {
  return `version: 1
provider:
  type: infisical
  projectId: ${projectId}
environments: [dev, prod]
secrets:
  - key: DATABASE_URL
    comment: Primary Postgres connection
    value: { env: DB_URL }
  - key: TLS_KEY
    environments: [prod]
    value: { env: TLS_KEY_PEM }
  - key: LOG_LEVEL
    value: { literal: info }
`
}

/**
 * A local Infisical with one project: dev already matches the manifest except LOG_LEVEL (an update); prod
 * lacks DATABASE_URL and TLS_KEY (creates) and holds a key the manifest does not declare (remote-only).
 */
export async function startEnv(
  serverOptions: Pick<InfisicalServerOptions, 'rateLimits' | 'now' | 'legacy'> = {},
): Promise<Env> {
  const infisical = await startInfisicalServer(serverOptions)
  const github = await startGitHubServer({ token: SENTINEL.githubToken })
  const { identityId } = infisical.state.addIdentity({
    clientId: 'ci-client',
    clientSecret: SENTINEL.clientSecret,
    oidc: {
      boundAudiences: 'https://github.com/acme, sts.amazonaws.com',
      boundSubject: 'repo:acme/app:ref:refs/heads/*',
    },
  })
  const project = infisical.state.addProject({
    slug: 'app',
    environments: [{ slug: 'dev' }, { slug: 'prod' }],
    members: [identityId],
  })
  infisical.state.addSecret(project.id, 'dev', '/', {
    key: 'DATABASE_URL',
    value: SENTINEL.db,
    comment: 'Primary Postgres connection',
  })
  infisical.state.addSecret(project.id, 'dev', '/', { key: 'LOG_LEVEL', value: 'debug' })
  infisical.state.addSecret(project.id, 'prod', '/', { key: 'LOG_LEVEL', value: 'info' })
  infisical.state.addSecret(project.id, 'prod', '/', { key: 'LEGACY_API_KEY', value: SENTINEL.remoteOnly })
  const workdir = workspace({ 'secrets.yaml': manifestFor(project.id) })
  return {
    infisical,
    github,
    projectId: project.id,
    identityId,
    workdir,
    inputs: {
      'client-id': 'ci-client',
      'client-secret': SENTINEL.clientSecret,
      'site-url': infisical.url,
      'github-token': SENTINEL.githubToken,
    },
    values: { DB_URL: SENTINEL.db, TLS_KEY_PEM: SENTINEL.pem },
    async close() {
      await Promise.all([infisical.close(), github.close()])
    },
  }
}

/** Requests that changed something on the Infisical server (logins excluded). */
export function writesTo(infisical: InfisicalServerHandle) {
  return infisical.requests.filter((r) => r.method !== 'GET' && !r.path.includes('/auth/'))
}
