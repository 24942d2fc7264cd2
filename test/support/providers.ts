import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Credentials, RunOptions } from '../../src/app/types.js'
import { Redactor } from '../../src/core/redact.js'
import { NO_ENVIRONMENT } from '../../src/core/seam/capabilities.js'
import type { ProviderType } from '../../src/core/seam/types.js'
import { type EnkryptifyServerHandle, startEnkryptifyServer } from '../../src/sandbox/enkryptify/index.js'
import { type PrimeServerHandle, startPrimeIntellectServer } from '../../src/sandbox/prime-intellect/index.js'
import { CLIENT_SECRET, PROJECT_ID, startSandbox } from './sandbox.js'

export const ENKRYPTIFY_TOKEN = 'ek_live_SENTINEL-token-9d1e'
export const PRIME_KEY = 'pit_SENTINEL-key-3b7a'
export const WORKSPACE = 'acme'
export const PROJECT = 'web-app'
/** The create route of each provider: Infisical's batch, Enkryptify's `…/secret`, Prime Intellect's `/api/v1/secrets`. */
const CREATE_PATH = /\/secrets?(\/batch)?$/

/** One provider behind its local server, driven the same way by the conformance suite. */
export interface Harness {
  type: ProviderType
  /** Environments the manifest manages; items of providers without environments use NO_ENVIRONMENT. */
  environments: string[]
  /** The first environment label items carry. */
  scope: string
  /** The credential that must never be printed. */
  secret: string
  manifest(body: string, provider?: string): string
  options(manifestPath: string, env?: Record<string, string>): RunOptions
  /** Same options, with a wrong credential. */
  badOptions(manifestPath: string): RunOptions
  addRemote(key: string, value: string): void
  /** Stored value in the first managed environment. */
  valueOf(key: string, environment?: string): string | undefined
  /** The next create request is refused (HTTP 403), a failure apply cannot settle by re-listing. */
  failNextCreate(): void
  /** Write requests (not GET, not auth) so far. */
  writes(): number
  /** Requests of any kind so far. */
  requests(): { method: string; path: string; query?: Record<string, string>; body?: unknown }[]
  close(): Promise<void>
}

function writeManifest(header: string, body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sm-provider-'))
  const path = join(dir, 'secrets.yaml')
  writeFileSync(path, `version: 1\n${header}${body}`)
  return path
}

const runOptions = (
  manifestPath: string,
  env: Record<string, string>,
  credentials: Credentials,
): RunOptions => ({
  manifestPath,
  env,
  credentials,
  redactor: new Redactor(),
})

export async function infisicalHarness(): Promise<Harness> {
  const box = await startSandbox()
  const options = (path: string, env: Record<string, string>, secret: string): RunOptions => ({
    ...runOptions(path, env, { method: 'universal', clientId: 'ci-identity', clientSecret: secret }),
    siteUrl: box.server.url,
  })
  return {
    type: 'infisical',
    environments: ['dev', 'prod'],
    scope: 'dev',
    secret: CLIENT_SECRET,
    manifest: (body, provider = '') =>
      writeManifest(
        `provider:\n  type: infisical\n  projectId: ${PROJECT_ID}\n${provider}environments: [dev, prod]\n`,
        body,
      ),
    options: (path, env = {}) => options(path, env, CLIENT_SECRET),
    badOptions: (path) => options(path, {}, 'wrong-SENTINEL-secret'),
    addRemote: (key, value) => void box.server.state.addSecret(PROJECT_ID, 'dev', '/', { key, value }),
    valueOf: (key, env = 'dev') =>
      box.server.state.listSecrets(PROJECT_ID, env, '/').find((s) => s.key === key)?.value,
    failNextCreate: () =>
      box.server.faults.add({ kind: 'status', status: 403, method: 'POST', path: CREATE_PATH }),
    writes: () => box.writes().length,
    requests: () => box.server.requests,
    close: () => box.close(),
  }
}

export async function enkryptifyHarness(
  opts: Parameters<typeof startEnkryptifyServer>[0] = {},
): Promise<Harness & { server: EnkryptifyServerHandle }> {
  const server = await startEnkryptifyServer(opts)
  server.state.addToken({ token: ENKRYPTIFY_TOKEN, workspace: WORKSPACE })
  server.state.addProject({
    workspace: WORKSPACE,
    project: PROJECT,
    environments: ['dev', 'staging', 'prod'],
  })
  const options = (path: string, env: Record<string, string>, token: string): RunOptions =>
    runOptions(path, env, { method: 'enkryptify-token', token })
  return {
    server,
    type: 'enkryptify',
    environments: ['dev', 'prod'],
    scope: 'dev',
    secret: ENKRYPTIFY_TOKEN,
    manifest: (body, provider = '') =>
      writeManifest(
        `provider:\n  type: enkryptify\n  apiUrl: ${server.url}\n  workspace: ${WORKSPACE}\n  project: ${PROJECT}\n${provider}environments: [dev, prod]\n`,
        body,
      ),
    options: (path, env = {}) => options(path, env, ENKRYPTIFY_TOKEN),
    badOptions: (path) => options(path, {}, 'ek_live_wrong-SENTINEL-token'),
    addRemote: (key, value) =>
      void server.state.addSecret(WORKSPACE, PROJECT, { key, values: { dev: value } }),
    valueOf: (key, env = 'dev') => server.state.valuesOf(WORKSPACE, PROJECT, key)?.[env],
    failNextCreate: () =>
      server.faults.add({ kind: 'status', status: 403, method: 'POST', path: CREATE_PATH }),
    writes: () => server.requests.filter((r) => r.method !== 'GET' && !r.path.includes('/auth/')).length,
    requests: () => server.requests,
    close: () => server.close(),
  }
}

export async function primeHarness(
  opts: Parameters<typeof startPrimeIntellectServer>[0] = {},
): Promise<Harness & { server: PrimeServerHandle }> {
  const server = await startPrimeIntellectServer(opts)
  server.state.addKey({ apiKey: PRIME_KEY, userId: 'user-1', teams: ['team-1'] })
  const options = (path: string, env: Record<string, string>, apiKey: string): RunOptions =>
    runOptions(path, env, { method: 'prime-api-key', apiKey })
  return {
    server,
    type: 'prime-intellect',
    environments: [],
    scope: NO_ENVIRONMENT,
    secret: PRIME_KEY,
    manifest: (body, provider = '') =>
      writeManifest(`provider:\n  type: prime-intellect\n  apiUrl: ${server.url}\n${provider}`, body),
    options: (path, env = {}) => options(path, env, PRIME_KEY),
    badOptions: (path) => options(path, {}, 'pit_wrong-SENTINEL-key'),
    addRemote: (name, value) => void server.state.addSecret({ name, value, userId: 'user-1' }),
    valueOf: (name) => server.state.valueOf(name),
    failNextCreate: () =>
      server.faults.add({ kind: 'status', status: 403, method: 'POST', path: CREATE_PATH }),
    writes: () => server.requests.filter((r) => r.method !== 'GET').length,
    requests: () => server.requests,
    close: () => server.close(),
  }
}

export const HARNESSES: { type: ProviderType; start: () => Promise<Harness> }[] = [
  { type: 'infisical', start: infisicalHarness },
  { type: 'enkryptify', start: enkryptifyHarness },
  { type: 'prime-intellect', start: primeHarness },
]
