import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startInfisicalServer } from '../../src/sandbox/infisical/index.js'
import { client, fakeClock, type Seeded, startSeeded } from './helpers.js'

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
/** GitHub's ID token shape without a real signature: the sandbox does not verify signatures. */
const unsignedJwt = (payload: Record<string, unknown>) =>
  `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.sig`

describe('universal auth (modern)', () => {
  const clock = fakeClock()
  let s: Seeded
  beforeAll(async () => {
    s = await startSeeded({ now: clock.now })
  })
  afterAll(() => s.server.close())

  it('logs in with JSON and the token works as a Bearer token', async () => {
    const res = await s.anon('POST', '/api/v1/auth/universal-auth/login', {
      clientId: 'ci-client',
      clientSecret: 'ci-secret',
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ expiresIn: 2592000, accessTokenMaxTTL: 2592000, tokenType: 'Bearer' })
    expect(res.body.accessToken.split('.')).toHaveLength(3)
    const me = await client(s.server.url, res.body.accessToken)('GET', `/api/v1/projects/${s.projectId}`)
    expect(me.status).toBe(200)
  })

  it('accepts form-encoded bodies like the official action', async () => {
    const res = await fetch(`${s.server.url}/api/v1/auth/universal-auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ clientId: 'ci-client', clientSecret: 'ci-secret' }),
    })
    expect(res.status).toBe(200)
  })

  it('answers 401 Invalid credentials for a wrong secret and an unknown client id', async () => {
    const wrong = await s.anon('POST', '/api/v1/auth/universal-auth/login', {
      clientId: 'viewer',
      clientSecret: 'nope',
    })
    expect(wrong.status).toBe(401)
    expect(wrong.body).toMatchObject({
      statusCode: 401,
      message: 'Invalid credentials',
      error: 'UnauthorizedError',
    })
    expect(wrong.body.reqId).toMatch(/^req-[A-Za-z0-9]{14}$/)
    const unknown = await s.anon('POST', '/api/v1/auth/universal-auth/login', {
      clientId: 'nobody',
      clientSecret: 'x',
    })
    expect(unknown.status).toBe(401)
  })

  it('locks the identity after 3 failures within 30 s, for 300 s', async () => {
    const login = (secret: string) =>
      s.anon('POST', '/api/v1/auth/universal-auth/login', { clientId: 'ci-client', clientSecret: secret })
    for (let i = 0; i < 3; i++) expect((await login('bad')).body.message).toBe('Invalid credentials')
    const locked = await login('ci-secret')
    expect(locked.status).toBe(401)
    expect(locked.body.message).toBe(
      'This identity auth method is temporarily locked, please try again later',
    )
    clock.advance(299_000)
    expect((await login('ci-secret')).status).toBe(401)
    clock.advance(2_000)
    expect((await login('ci-secret')).status).toBe(200)
  })

  it('does not lock when failures are more than 30 s apart', async () => {
    const login = (secret: string) =>
      s.anon('POST', '/api/v1/auth/universal-auth/login', { clientId: 'viewer', clientSecret: secret })
    await login('bad')
    await login('bad')
    clock.advance(31_000)
    await login('bad')
    expect((await login('viewer-secret')).status).toBe(200)
  })

  it('rejects unknown body fields with a 422 zod issue array', async () => {
    const res = await s.anon('POST', '/api/v1/auth/universal-auth/login', {
      clientId: 'a',
      clientSecret: 'b',
      extra: 1,
    })
    expect(res.status).toBe(422)
    expect(res.body.error).toBe('ValidationFailure')
    expect(res.body.message).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['extra'] }),
    ])
  })

  it('distinguishes a missing token (401) from a bad or expired one (403 TokenError)', async () => {
    const path = `/api/v1/projects/${s.projectId}`
    expect((await s.anon('GET', path)).body).toMatchObject({ statusCode: 401, message: 'Token missing' })
    const garbage = await client(s.server.url, 'garbage')('GET', path)
    expect(garbage.status).toBe(403)
    expect(garbage.body).toMatchObject({
      error: 'TokenError',
      message: 'Your token has expired. Please re-authenticate.',
    })
    const token = s.server.state.issueToken(s.identityId, 60)
    const noPrefix = await s.anon('GET', path, undefined, { authorization: token })
    expect(noPrefix.status).toBe(403)
    clock.advance(61_000)
    expect((await client(s.server.url, token)('GET', path)).body.error).toBe('TokenError')
  })
})

describe('OIDC auth', () => {
  const clock = fakeClock()
  let s: Seeded
  let oidcId: string
  const claims = {
    iss: 'https://token.actions.githubusercontent.com',
    aud: 'https://github.com/acme',
    sub: 'repo:acme/app:ref:refs/heads/main',
    repository: 'acme/app',
  }
  beforeAll(async () => {
    s = await startSeeded({ now: clock.now })
    oidcId = s.server.state.addIdentity({
      oidc: {
        boundSubject: 'repo:acme/app:**',
        boundAudiences: 'https://github.com/other, https://github.com/acme',
        boundClaims: { repository: 'acme/app, acme/lib' },
      },
    }).identityId
  })
  afterAll(() => s.server.close())
  const login = (identityId: string, payload: Record<string, unknown>) =>
    s.anon('POST', '/api/v1/auth/oidc-auth/login', { identityId, jwt: unsignedJwt(payload) })

  it('exchanges a matching GitHub ID token for an access token', async () => {
    const res = await login(oidcId, claims)
    expect(res.status).toBe(200)
    expect(res.body.tokenType).toBe('Bearer')
  })

  it('applies subject (403), audience and claim (401) bindings with the real messages', async () => {
    const sub = await login(oidcId, { ...claims, sub: 'repo:evil/app:ref:refs/heads/main' })
    expect(sub.status).toBe(403)
    expect(sub.body.message).toBe('Access denied: OIDC subject not allowed.')
    const aud = await login(oidcId, { ...claims, aud: 'https://github.com/acme2' })
    expect([aud.status, aud.body.message]).toEqual([401, 'Access denied: OIDC audience not allowed.'])
    const claim = await login(oidcId, { ...claims, repository: 'acme/other' })
    expect([claim.status, claim.body.message]).toEqual([401, 'Access denied: OIDC claim not allowed.'])
  })

  it('answers 404 when the identity has no OIDC configured', async () => {
    const res = await login(s.identityId, claims)
    expect(res.status).toBe(404)
    expect(res.body.message).toBe('OIDC auth method not found for identity, did you configure OIDC auth?')
  })
})

describe('auth (legacy)', () => {
  it('answers 404 for an unknown client id, "invalid token" for garbage, and has no reqId', async () => {
    const server = await startInfisicalServer({ legacy: true })
    try {
      const anon = client(server.url)
      const res = await anon('POST', '/api/v1/auth/universal-auth/login', {
        clientId: 'nobody',
        clientSecret: 'x',
      })
      expect(res.status).toBe(404)
      expect(res.body.reqId).toBeUndefined()
      const garbage = await client(server.url, 'garbage')('GET', '/api/v1/workspace')
      expect(garbage.body).toEqual({ statusCode: 403, message: 'invalid token', error: 'TokenError' })
    } finally {
      await server.close()
    }
  })
})
