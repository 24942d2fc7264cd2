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
