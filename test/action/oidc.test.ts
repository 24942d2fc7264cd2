import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ALL_SENTINELS, type Env, startEnv } from './fixtures.js'
import { expectMasked, expectNoLeak, prPayload, runAction } from './harness.js'

let env: Env
beforeEach(async () => {
  env = await startEnv()
})
afterEach(() => env.close())

const oidc = (extra: Record<string, string>, withPermission = true) =>
  runAction({
    workdir: env.workdir,
    inputs: {
      method: 'oidc',
      'identity-id': env.identityId,
      'site-url': env.infisical.url,
      'github-token': env.inputs['github-token']!,
      ...extra,
    },
    event: { name: 'pull_request', payload: prPayload({ number: 7 }) },
    github: env.github,
    env: {
      ...env.values,
      ...(withPermission
        ? {
            ACTIONS_ID_TOKEN_REQUEST_URL: env.github.idTokenUrl,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: env.github.idTokenRequestToken,
          }
        : {}),
    },
  })

const errors = (run: Awaited<ReturnType<typeof runAction>>) =>
  run.commands.filter((c) => c.name === 'error').map((c) => c.message)

describe('method: oidc', () => {
  it('logs in with the GitHub ID token for the requested audience and plans', async () => {
    const run = await oidc({ 'oidc-audience': 'https://github.com/acme' })
    expect(errors(run)).toEqual([])
    expect(run.code).toBe(0)
    const tokenCall = env.github.calls.find((c) => c.path === '/_actions/idtoken')!
    expect(tokenCall.query).toEqual({ 'api-version': '2.0', audience: 'https://github.com/acme' })
    const login = env.infisical.requests.find((r) => r.path === '/api/v1/auth/oidc-auth/login')!
    expect(login.status).toBe(200)
    const jwt = (login.body as { jwt: string }).jwt
    expect(jwt.split('.')).toHaveLength(3)
    expectMasked(run, [jwt])
    expectNoLeak(run, env.github, [...ALL_SENTINELS, jwt])
    expect(run.outputs['has-changes']).toBe('true')
  })

  it('explains a missing `id-token: write` permission and contacts no server', async () => {
    const run = await oidc({}, false)
    expect(run.code).toBe(1)
    expect(errors(run)).toEqual([
      '`method: oidc` needs a GitHub OIDC token, but this job may not request one: add `permissions: id-token: write` to the job (with `contents: read`, and `pull-requests: write` for the comment)',
    ])
    expect(env.infisical.requests).toEqual([])
    expect(env.github.calls).toEqual([])
  })

  it("turns Infisical's audience rejection into the audience to allow", async () => {
    const run = await oidc({ 'oidc-audience': 'https://example.com/other' })
    expect(run.code).toBe(1)
    const [message] = errors(run)
    expect(message).toContain('OIDC audience not allowed')
    expect(message).toContain(
      "the GitHub token had audience 'https://example.com/other' and subject 'repo:acme/app:ref:refs/heads/main'; add 'https://example.com/other' to the identity's OIDC allowed audiences",
    )
    expect(errors(run)).toHaveLength(1)
  })

  it("names the token's subject when the identity does not allow it", async () => {
    env.infisical.state.identity(env.identityId)!.oidc!.boundSubject = 'repo:acme/app:environment:production'
    const run = await oidc({ 'oidc-audience': 'https://github.com/acme' })
    expect(run.code).toBe(1)
    expect(errors(run)[0]).toMatch(
      /OIDC subject not allowed.*subject 'repo:acme\/app:ref:refs\/heads\/main'; set the identity's OIDC subject to match it/,
    )
  })
})
