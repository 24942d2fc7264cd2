import { afterEach, describe, expect, it } from 'vitest'
import { type EnkryptifyServerHandle, startEnkryptifyServer } from '../../src/sandbox/enkryptify/index.js'
import { client, fakeClock } from './helpers.js'

const TOKEN = 'ek_live_sandbox-token'
let server: EnkryptifyServerHandle | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function start(options: Parameters<typeof startEnkryptifyServer>[0] = {}) {
  server = await startEnkryptifyServer(options)
  server.state.addToken({ token: TOKEN, workspace: 'acme' })
  const ids = server.state.addProject({ workspace: 'acme', project: 'web', environments: ['dev', 'prod'] })
  return { api: client(server.url, TOKEN), dev: ids.get('dev')!, prod: ids.get('prod')! }
}
const SECRETS = '/v1/workspace/acme/project/web/secret'
const secret = (key: string, value = 'v') => ({ key, value, type: 'runtime', dataType: 'text' })

describe('Enkryptify sandbox server', () => {
  it('validates create bodies against the seed schema and answers {message}', async () => {
    const { api, dev } = await start()
    const cases: [unknown, string][] = [
      [{ environments: [], secrets: [secret('OK_KEY')] }, 'environments'],
      [{ environments: ['not-a-uuid'], secrets: [secret('OK_KEY')] }, 'environments.0: Invalid uuid'],
      [
        { environments: [dev], secrets: [secret('X')] },
        'secrets.0.key: String must contain at least 2 character(s)',
      ],
      [{ environments: [dev], secrets: [secret('bad key')] }, 'secrets.0.key: Invalid'],
      [{ environments: [dev], secrets: [{ key: 'NO_TYPE', value: 'v' }] }, 'secrets.0.type'],
      [
        { environments: [dev], secrets: [secret('BIG', 'x'.repeat(65_537))] },
        'secrets.0.value: String must contain at most 65536',
      ],
    ]
    for (const [body, message] of cases) {
      const res = await api('POST', `${SECRETS}/`, body)
      expect(res.status).toBe(400)
      expect(res.body.message).toContain(message)
      expect(Object.keys(res.body)).toEqual(['message'])
    }
  })

  it('creates one secret in several environments, lists bare arrays with and without a trailing slash, 409s a duplicate', async () => {
    const { api, dev, prod } = await start({ createStatus: 201 })
    expect(
      (await api('POST', SECRETS, { environments: [dev, prod], secrets: [secret('DB_URL', 'pg')] })).status,
    ).toBe(201)
    const list = await api('GET', `${SECRETS}/`)
    expect(list.status).toBe(200)
    expect(list.body).toEqual([
      expect.objectContaining({
        name: 'DB_URL',
        values: expect.arrayContaining([
          { environmentId: dev, value: 'pg', isPersonal: false },
          { environmentId: prod, value: 'pg', isPersonal: false },
        ]),
      }),
    ])
    expect((await api('GET', SECRETS)).body).toEqual(list.body)
    expect((await api('POST', SECRETS, { environments: [dev], secrets: [secret('DB_URL')] })).body).toEqual({
      message: 'Secret already exists',
    })
  })

  it('PUT replaces values[]; DELETE refuses an empty JSON body, as Fastify does', async () => {
    const { api, dev, prod } = await start()
    await api('POST', SECRETS, { environments: [dev, prod], secrets: [secret('K_EY', 'a')] })
    const [{ id }] = (await api('GET', SECRETS)).body
    const put = await api('PUT', `${SECRETS}/${id}`, {
      name: 'K_EY',
      type: 'build',
      dataType: 'text',
      values: [{ environmentId: prod, value: 'b', isPersonal: false }],
    })
    expect(put.status).toBe(200)
    expect(server!.state.valuesOf('acme', 'web', 'K_EY')).toEqual({ prod: 'b' })
    const empty = await api('DELETE', `${SECRETS}/${id}`, '', { 'content-type': 'application/json' })
    expect(empty.status).toBe(400)
    expect((await api('DELETE', `${SECRETS}/${id}`)).status).toBe(200)
    expect(server!.state.secrets('acme', 'web')).toEqual([])
  })

  it('exchanges a token for a JWT, refuses bad tokens and read-only writes', async () => {
    const { dev } = await start({ directTokens: false })
    const anon = client(server!.url)
    const exchanged = await client(server!.url, TOKEN)('POST', '/v1/auth/exchange')
    expect(exchanged.body).toMatchObject({ expiresIn: 900, tokenType: 'Bearer' })
    expect((await client(server!.url, TOKEN)('GET', SECRETS)).status).toBe(401)
    expect((await client(server!.url, exchanged.body.accessToken)('GET', SECRETS)).status).toBe(200)
    expect((await anon('GET', SECRETS)).body).toEqual({ message: 'Invalid or expired token' })
    server!.state.addToken({ token: 'ek_live_ro', workspace: 'acme', permission: 'read' })
    const jwt = (await client(server!.url, 'ek_live_ro')('POST', '/v1/auth/exchange')).body.accessToken
    const denied = await client(server!.url, jwt)('POST', SECRETS, {
      environments: [dev],
      secrets: [secret('AB')],
    })
    expect(denied).toMatchObject({ status: 403, body: { message: 'Insufficient permissions' } })
  })

  it('limits requests per IP with RateLimit-* headers and 429 + Retry-After; exchanges 10 a minute', async () => {
    const clock = fakeClock()
    const { api } = await start({ requestsPerMinute: 3, now: clock.now })
    const first = await api('GET', SECRETS)
    expect(first.headers.get('ratelimit-limit')).toBe('3')
    expect(first.headers.get('ratelimit-remaining')).toBe('2')
    expect(first.headers.get('ratelimit-reset')).toBe('60')
    await api('GET', SECRETS)
    await api('GET', SECRETS)
    clock.advance(15_000)
    const over = await api('GET', SECRETS)
    expect(over.status).toBe(429)
    expect(over.body).toEqual({ message: 'Rate limit exceeded' })
    expect(over.headers.get('retry-after')).toBe('45')
    clock.advance(45_000)
    expect((await api('GET', SECRETS)).status).toBe(200)

    await server!.close()
    await start({ requestsPerMinute: 0 })
    const exchange = client(server!.url, TOKEN)
    for (let i = 0; i < 10; i++) expect((await exchange('POST', '/v1/auth/exchange')).status).toBe(200)
    expect((await exchange('POST', '/v1/auth/exchange')).status).toBe(429)
  })
})
