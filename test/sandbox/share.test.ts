import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, fakeClock, type Seeded, startSeeded } from './helpers.js'

describe('shared secrets', () => {
  const clock = fakeClock()
  let s: Seeded
  beforeAll(async () => {
    s = await startSeeded({ now: clock.now, siteUrl: 'https://app.example.test' })
  })
  afterAll(() => s.server.close())
  // Each test acts from its own client IP, so the 5/min creation limit does not couple them.
  const share = (ip: string, body: Record<string, unknown>) =>
    s.api('POST', '/api/v1/shared-secrets', body, { 'x-forwarded-for': ip })

  it('creates a share and returns a link built from the site url and a 43-char id', async () => {
    const res = await share('10.0.0.1', { secretValue: 'hunter2', expiresIn: '1h', maxViews: 2, name: 'db' })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      accessType: 'organization',
      expiresAfterViews: 2,
      type: 'share',
      identityId: s.identityId,
    })
    expect(res.body.id).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(res.body.sharedSecretLink).toBe(`https://app.example.test/shared/secret/${res.body.id}`)
    expect(res.body.secretValue).toBeUndefined()
    expect(Date.parse(res.body.expiresAt) - clock.now()).toBe(3_600_000)
    const meta = await s.api('GET', `/api/v1/shared-secrets/${res.body.id}`)
    expect(meta.body).toMatchObject({ isPasswordProtected: false, name: 'db' })
    expect(meta.body.secretValue).toBeUndefined()
  })

  it('validates the body like the real router', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ secretValue: 'x', expiresIn: '4m' }, 'Expiration time cannot be less than 5 minutes'],
      [{ secretValue: 'x', expiresIn: '31d' }, 'Expiration time cannot exceed 30 days'],
      [{ secretValue: 'x', expiresIn: 'soon' }, 'Invalid duration format'],
      [{ secretValue: 'x'.repeat(10_001) }, 'String must contain at most 10000 character(s)'],
      [{ secretValue: 'x', maxViews: 0 }, 'Number must be greater than or equal to 1'],
      [
        { secretValue: 'x', accessType: 'public' },
        "Invalid enum value. Expected 'anyone' | 'organization', received 'public'",
      ],
      [{ secretValue: 'x', sharedWith: 'me' }, "Unrecognized key(s) in object: 'sharedWith'"],
    ]
    for (const [body, message] of cases) {
      const res = await share('10.0.0.2', body)
      expect(res.status).toBe(422)
      expect(res.body.message.map((i: { message: string }) => i.message)).toContain(message)
      clock.advance(60_000) // stay under the creation limit
    }
    expect((await share('10.0.0.2', { secretValue: 'x', expiresIn: '1w' })).status).toBe(200)
  })

  it('creates the row, then answers 404 when an identity sends authorizedEmails', async () => {
    const before = s.server.state.shares().length
    const res = await share('10.0.0.3', { secretValue: 'x', authorizedEmails: ['a@example.com'] })
    expect(res.status).toBe(404)
    expect(res.body.message).toBe(`User with ID '${s.identityId}' not found`)
    expect(s.server.state.shares()).toHaveLength(before + 1)
  })

  it('limits creation to 5 per minute per IP with a 429 and retry-after', async () => {
    for (let i = 0; i < 5; i++) expect((await share('10.0.0.4', { secretValue: `v${i}` })).status).toBe(200)
    clock.advance(20_000)
    const limited = await share('10.0.0.4', { secretValue: 'v5' })
    expect(limited.status).toBe(429)
    expect(limited.body).toMatchObject({
      error: 'RateLimitExceeded',
      message: 'Rate limit exceeded. Please try again in 40 seconds',
    })
    expect(limited.headers.get('retry-after')).toBe('40')
    expect((await share('10.0.0.5', { secretValue: 'other ip' })).status).toBe(200)
    clock.advance(40_000)
    expect((await share('10.0.0.4', { secretValue: 'v6' })).status).toBe(200)
  })

  it('lists only the caller’s live shares with offset/limit, and deletes', async () => {
    const { identityId } = s.server.state.addIdentity({})
    const other = client(s.server.url, s.server.state.issueToken(identityId))
    const mine = (
      await other(
        'POST',
        '/api/v1/shared-secrets',
        { secretValue: 'a', expiresIn: '10m' },
        { 'x-forwarded-for': '10.0.0.6' },
      )
    ).body
    await other(
      'POST',
      '/api/v1/shared-secrets',
      { secretValue: 'b', expiresIn: '1h' },
      { 'x-forwarded-for': '10.0.0.6' },
    )
    const list = await other('GET', '/api/v1/shared-secrets?offset=0&limit=1')
    expect(list.body.totalCount).toBe(2)
    expect(list.body.secrets).toHaveLength(1)
    expect((await other('GET', '/api/v1/shared-secrets?limit=101')).status).toBe(422)
    clock.advance(11 * 60_000)
    expect((await other('GET', '/api/v1/shared-secrets')).body.totalCount).toBe(1)
    const foreign = await s.api('DELETE', `/api/v1/shared-secrets/${mine.id}`)
    expect(foreign.status).toBe(403)
    const del = await other('DELETE', `/api/v1/shared-secrets/${mine.id}`)
    expect(del.body.id).toBe(mine.id)
    expect(s.server.state.shares().some((x) => x.id === mine.id)).toBe(false)
  })

  it('gives the value on access and counts views down to the limit', async () => {
    const created = (await share('10.0.0.7', { secretValue: 'once', maxViews: 1, accessType: 'anyone' })).body
    const first = await s.anon('POST', `/api/v1/shared-secrets/${created.id}/access`, {})
    expect(first.body.secretValue).toBe('once')
    const second = await s.anon('POST', `/api/v1/shared-secrets/${created.id}/access`, {})
    expect([second.status, second.body.message]).toEqual([
      404,
      'The shared secret has reached its view limit',
    ])
  })
})

describe('shared secrets (legacy)', () => {
  it('has no /shared-secrets and the old route refuses machine identities', async () => {
    const s = await startSeeded({ legacy: true })
    try {
      expect((await s.api('POST', '/api/v1/shared-secrets', { secretValue: 'x' })).status).toBe(404)
      const old = await s.api('POST', '/api/v1/secret-sharing', { secretValue: 'x' })
      expect(old.status).toBe(403)
    } finally {
      await s.server.close()
    }
  })
})
