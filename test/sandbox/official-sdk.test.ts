import { InfisicalSDK } from '@infisical/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_SECRET, PROJECT_ID, type Sandbox, startSandbox } from '../support/sandbox.js'

// The official Node SDK as a second, independent client: if it works against the sandbox, the
// sandbox speaks Infisical's wire format and not only ours.
let box: Sandbox
beforeAll(async () => {
  box = await startSandbox()
})
afterAll(() => box.close())

describe('the official @infisical/sdk against the sandbox', () => {
  it('logs in, creates one secret per call, and lists them back', async () => {
    const sdk = new InfisicalSDK({ siteUrl: box.server.url })
    await sdk.auth().universalAuth.login({ clientId: 'ci-identity', clientSecret: CLIENT_SECRET })
    await sdk.secrets().createSecret('FROM_SDK', {
      projectId: PROJECT_ID,
      environment: 'dev',
      secretValue: '  v1  ',
      secretPath: '/',
    })
    const listed = await sdk
      .secrets()
      .listSecrets({ projectId: PROJECT_ID, environment: 'dev', secretPath: '/' })
    expect(listed.secrets.map((s) => [s.secretKey, s.secretValue])).toEqual([['FROM_SDK', 'v1']])
    await expect(
      sdk
        .secrets()
        .createSecret('FROM_SDK', { projectId: PROJECT_ID, environment: 'dev', secretValue: 'again' }),
    ).rejects.toThrow(/already exist/)
    expect(
      box.server.requests.filter((r) => r.path === '/api/v3/secrets/raw/FROM_SDK').map((r) => r.status),
    ).toEqual([200, 400])
  })
})

describe('every call of the official SDK that a secrets client makes, over HTTP', () => {
  const login = async () => {
    const sdk = new InfisicalSDK({ siteUrl: box.server.url })
    return sdk.auth().universalAuth.login({ clientId: 'ci-identity', clientSecret: CLIENT_SECRET })
  }
  const scope = (secretPath = '/') => ({ projectId: PROJECT_ID, environment: 'staging', secretPath })

  it('getSecret, updateSecret (value, comment, rename), deleteSecret, each on one secret', async () => {
    const sdk = await login()
    await sdk.secrets().createSecret('SINGLE', { ...scope(), secretValue: 'one', secretComment: 'first' })
    const got = await sdk.secrets().getSecret({ ...scope(), secretName: 'SINGLE' })
    expect(got).toMatchObject({ secretKey: 'SINGLE', secretValue: 'one', secretComment: 'first' })

    await sdk.secrets().updateSecret('SINGLE', { ...scope(), secretValue: 'two', secretComment: 'second' })
    expect(await sdk.secrets().getSecret({ ...scope(), secretName: 'SINGLE' })).toMatchObject({
      secretValue: 'two',
      secretComment: 'second',
    })
    await sdk.secrets().updateSecret('SINGLE', { ...scope(), newSecretName: 'RENAMED' })
    expect(box.server.state.listSecrets(PROJECT_ID, 'staging', '/').map((s) => [s.key, s.value])).toEqual([
      ['RENAMED', 'two'],
    ])
    await expect(sdk.secrets().getSecret({ ...scope(), secretName: 'SINGLE' })).rejects.toThrow(/not found/)

    await sdk.secrets().createSecret('OTHER', { ...scope(), secretValue: 'x' })
    await expect(
      sdk.secrets().updateSecret('OTHER', { ...scope(), newSecretName: 'RENAMED' }),
    ).rejects.toThrow(/already exists/)
    await expect(sdk.secrets().updateSecret('NOPE', { ...scope(), secretValue: 'x' })).rejects.toThrow(
      /not found/,
    )

    await sdk.secrets().deleteSecret('RENAMED', scope())
    await sdk.secrets().deleteSecret('OTHER', scope())
    expect(box.server.state.listSecrets(PROJECT_ID, 'staging', '/')).toEqual([])
    await expect(sdk.secrets().deleteSecret('RENAMED', scope())).rejects.toThrow(/not found/)

    const single = box.server.requests.filter((r) => /^\/api\/v3\/secrets\/raw\/[A-Z]+$/.test(r.path))
    expect(new Set(single.map((r) => r.method))).toEqual(new Set(['POST', 'GET', 'PATCH', 'DELETE']))
    expect(single.filter((r) => r.status === 404 && r.method !== 'GET').map((r) => r.method)).toEqual([
      'PATCH',
      'DELETE',
    ])
  })

  it('creates and lists folders, and a secret in one', async () => {
    const sdk = await login()
    const folder = await sdk
      .folders()
      .create({ name: 'api', path: '/', projectId: PROJECT_ID, environment: 'staging' })
    expect(folder).toMatchObject({ name: 'api' })
    const folders = await sdk
      .folders()
      .listFolders({ projectId: PROJECT_ID, environment: 'staging', path: '/' })
    expect(folders.map((f) => f.name)).toEqual(['api'])
    await sdk.secrets().createSecret('IN_FOLDER', { ...scope('/api'), secretValue: 'v' })
    expect(await sdk.secrets().getSecret({ ...scope('/api'), secretName: 'IN_FOLDER' })).toMatchObject({
      secretValue: 'v',
      secretPath: '/api',
    })
  })

  it('renews its access token and keeps working with the new one', async () => {
    const sdk = await login()
    const before = sdk.auth().getAccessToken()
    const renewed = await sdk.auth().universalAuth.renew()
    const after = renewed.auth().getAccessToken()
    expect(after).toBeTruthy()
    expect(after).not.toBe(before)
    const listed = await renewed
      .secrets()
      .listSecrets({ projectId: PROJECT_ID, environment: 'prod', secretPath: '/' })
    expect(listed.secrets).toEqual([])
    expect(
      box.server.requests.filter((r) => r.path === '/api/v1/auth/token/renew').map((r) => r.status),
    ).toEqual([200])
  })
})

describe("the official secrets-action's calls (form-encoded login, list by project slug)", () => {
  it('logs in with a form body and lists recursively with imports and references expanded', async () => {
    box.server.state.addSecret(PROJECT_ID, 'prod', '/', { key: 'TOP', value: 'top-value' })
    box.server.state.addFolder(PROJECT_ID, 'prod', '/nested')
    box.server.state.addSecret(PROJECT_ID, 'prod', '/nested', { key: 'REF', value: 'nested-value' })
    const login = await fetch(`${box.server.url}/api/v1/auth/universal-auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ clientId: 'ci-identity', clientSecret: CLIENT_SECRET }).toString(),
    })
    expect(login.status).toBe(200)
    const { accessToken } = (await login.json()) as { accessToken: string }
    const query = new URLSearchParams({
      secretPath: '/',
      environment: 'prod',
      include_imports: 'true',
      recursive: 'true',
      workspaceSlug: 'demo',
      expandSecretReferences: 'true',
    })
    const list = await fetch(`${box.server.url}/api/v3/secrets/raw?${query}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    })
    expect(list.status).toBe(200)
    const body = (await list.json()) as {
      secrets: { secretKey: string; secretValue: string }[]
      imports: unknown[]
    }
    expect(Object.fromEntries(body.secrets.map((s) => [s.secretKey, s.secretValue]))).toMatchObject({
      TOP: 'top-value',
      REF: 'nested-value',
    })
    expect(body.imports).toEqual([])
  })
})
