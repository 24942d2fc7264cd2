import { afterEach, describe, expect, it } from 'vitest'
import { runApply, runPlan } from '../../src/app/run.js'
import { Redactor } from '../../src/core/redact.js'
import { ProviderError } from '../../src/core/seam/types.js'
import { CLIENT_SECRET, type Sandbox, startSandbox, writeManifest } from '../support/sandbox.js'

// A reply of another shape than the API documents is checked at the boundary (the zod schemas in
// wire.ts) and becomes a ProviderError that names the route, not a crash or a silently empty list.
let box: Sandbox | undefined
afterEach(async () => {
  await box?.close()
  box = undefined
})

const options = (manifestPath: string, sandbox: Sandbox) => ({
  manifestPath,
  env: { DB_URL: 'SENTINEL-db-value' },
  credentials: {
    method: 'universal' as const,
    clientId: sandbox.env.INFISICAL_CLIENT_ID!,
    clientSecret: CLIENT_SECRET,
  },
  siteUrl: sandbox.server.url,
  redactor: new Redactor(),
})

describe('malformed replies', () => {
  it('a share list whose entries lack their fields is an error naming the route', async () => {
    box = await startSandbox()
    const manifest = writeManifest(
      'environments: [dev]\nsecrets:\n  - key: DB_URL\n    environments: [dev]\n    value: { env: DB_URL }\nshares:\n  - name: onboarding\n    secret: { key: DB_URL, environment: dev }\n',
    )
    box.server.faults.add({
      kind: 'malformed',
      method: 'GET',
      path: /secret-sharing|shared-secrets/,
      body: { secrets: [{ id: 7, name: 'onboarding' }] },
    })
    const error = await runPlan(options(manifest, box)).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ProviderError)
    expect((error as Error).message).toMatch(
      /^list share links failed: the reply of GET \/api\/v1\/\S+ is not in the documented form \(invalid_type at secrets\.0\.id\)$/,
    )
    expect(box.server.faults.pending()).toBe(0)
  })

  it('a duplicate reply without results is an error naming the route, and apply reports it', async () => {
    box = await startSandbox()
    const manifest = writeManifest(
      'environments: [dev, staging]\nsecrets:\n  - key: A\n    environments: [dev]\n    value: { literal: a }\nduplicates:\n  - from: { environment: dev, path: / }\n    to: { environment: staging, path: / }\n    keys: [A]\n',
    )
    box.server.faults.add({ kind: 'malformed', method: 'POST', path: '/api/v4/secrets/duplicate', body: {} })
    const result = await runApply({ ...options(manifest, box), allowDelete: false })
    expect(JSON.stringify(result)).toContain(
      'the reply of POST /api/v4/secrets/duplicate is not in the documented form',
    )
  })
})

/** The error of a plan of `manifest` whose reply on `method path` is `body`; the fault must have fired. */
async function planError(manifest: string, method: string, path: string | RegExp, body: unknown) {
  box = await startSandbox()
  box.server.faults.add({ kind: 'malformed', method, path, body })
  const error = await runPlan(options(writeManifest(manifest), box)).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(box.server.faults.pending()).toBe(0)
  expect(error).toBeInstanceOf(ProviderError)
  return (error as Error).message
}

const ONE_KEY =
  'environments: [dev]\nsecrets:\n  - key: DB_URL\n    environments: [dev]\n    value: { env: DB_URL }\n'
const WIRE_VALUE = 'SENTINEL-wire-value-3f9a'

describe('malformed Infisical replies over HTTP name the route, never the content', () => {
  it.each([
    [
      'a key that is not a string',
      { secrets: [{ id: 's1', secretKey: 7, secretValue: WIRE_VALUE }] },
      'secrets.0.secretKey',
    ],
    ['no secrets list', { secrets: WIRE_VALUE }, 'secrets'],
    [
      'tags that are not a list',
      { secrets: [{ id: 's1', secretKey: 'DB_URL', secretValue: WIRE_VALUE, tags: WIRE_VALUE }] },
      'secrets.0.tags',
    ],
  ])('the secret list with %s', async (_what, body, where) => {
    const message = await planError(ONE_KEY, 'GET', '/api/v4/secrets', body)
    expect(message).toBe(
      `list dev:/ failed: the reply of GET /api/v4/secrets is not in the documented form (invalid_type at ${where})`,
    )
    expect(message).not.toContain(WIRE_VALUE)
  })

  it('a login reply without a token', async () => {
    const message = await planError(ONE_KEY, 'POST', '/api/v1/auth/universal-auth/login', {
      accessToken: 42,
      note: WIRE_VALUE,
    })
    expect(message).toBe(
      'universal-auth login failed: the reply of POST /api/v1/auth/universal-auth/login is not in the documented form (invalid_type at accessToken)',
    )
  })

  it('a project whose environments have no slug', async () => {
    const message = await planError(ONE_KEY, 'GET', /^\/api\/v1\/projects\//, {
      project: { id: 'p', name: WIRE_VALUE, environments: [{ slug: 5 }] },
    })
    expect(message).toMatch(
      /^read project \S+ failed: the reply of GET \/api\/v1\/projects\/\S+ is not in the documented form \(invalid_type at project\.environments\.0\.slug\)$/,
    )
    expect(message).not.toContain(WIRE_VALUE)
  })

  it('a tag list whose tags have no slug', async () => {
    const tagged =
      'environments: [dev]\nsecrets:\n  - key: DB_URL\n    environments: [dev]\n    tags: [database]\n    value: { env: DB_URL }\n'
    const message = await planError(tagged, 'GET', /\/tags$/, { tags: [{ id: 't1', name: WIRE_VALUE }] })
    expect(message).toMatch(
      /^read project tags failed: the reply of GET \/api\/v1\/projects\/\S+\/tags is not in the documented form \(invalid_type at tags\.0\.slug\)$/,
    )
    expect(message).not.toContain(WIRE_VALUE)
  })
})

describe('malformed Infisical write replies', () => {
  it('a created share without its link: apply reports the route, and no link', async () => {
    box = await startSandbox()
    const manifest = writeManifest(
      'environments: [dev]\nsecrets:\n  - key: DB_URL\n    environments: [dev]\n    value: { env: DB_URL }\nshares:\n  - name: onboarding\n    secret: { key: DB_URL, environment: dev }\n',
    )
    box.server.faults.add({
      kind: 'malformed',
      method: 'POST',
      path: /secret-sharing|shared-secrets/,
      body: {},
    })
    const result = await runApply({ ...options(manifest, box), allowDelete: false })
    expect(box.server.faults.pending()).toBe(0)
    expect(JSON.stringify(result)).toMatch(
      /create share link 'onboarding' failed: the reply of POST \/api\/v1\/\S+ is not in the documented form \(invalid_type at sharedSecretLink\)/,
    )
  })
})

describe('malformed list replies of the other providers', () => {
  it('Enkryptify: a secret without a name, or an envelope instead of a list', async () => {
    const { parseSecretList } = await import('../../src/providers/enkryptify/wire.js')
    const route = 'GET /v1/workspace/acme/project/web/secret'
    expect(() => parseSecretList([{ id: 's1' }], route, 'list secrets of acme/web')).toThrow(
      new ProviderError(
        `list secrets of acme/web failed: the reply of ${route} is not in the documented form (invalid_type at 0.name)`,
      ),
    )
    expect(() => parseSecretList({ data: [] }, route, 'list')).toThrow(/the reply of GET \/v1\/\S+ is not/)
    expect(parseSecretList([{ id: 's1', name: 'A', values: [{ value: 1 }] }], route, 'list')).toEqual([
      { id: 's1', name: 'A', values: [] },
    ])
  })

  it('Prime Intellect: a page without its data list', async () => {
    const { parsePage } = await import('../../src/providers/prime-intellect/wire.js')
    expect(() => parsePage({ items: [] }, 'GET /api/v1/secrets/', 'list secrets (offset 0)')).toThrow(
      new ProviderError(
        'list secrets (offset 0) failed: the reply of GET /api/v1/secrets/ is not in the documented form (invalid_type at data)',
      ),
    )
    expect(parsePage({ data: [{ id: 'a', name: 'A' }], total_count: 1 }, 'GET /x', 'list')).toEqual({
      secrets: [{ id: 'a', name: 'A', description: null, isFile: false }],
      total: 1,
    })
  })
})
