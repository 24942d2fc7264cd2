import { afterEach, describe, expect, it } from 'vitest'
import { type PrimeServerHandle, startPrimeIntellectServer } from '../../src/sandbox/prime-intellect/index.js'
import { client, fakeClock } from './helpers.js'

const KEY = 'pit_sandbox-key'
let server: PrimeServerHandle | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function start(options: Parameters<typeof startPrimeIntellectServer>[0] = {}) {
  server = await startPrimeIntellectServer(options)
  server.state.addKey({ apiKey: KEY, userId: 'u1', teams: ['team-1'] })
  return client(server.url, KEY)
}

describe('Prime Intellect sandbox server', () => {
  it('creates with 200 and {data, status}, never returning the value', async () => {
    const api = await start()
    const created = await api('POST', '/api/v1/secrets/', {
      name: 'API_TOKEN',
      value: 'SENTINEL-v',
      description: 'd',
    })
    expect(created.status).toBe(200)
    expect(created.body.data).toMatchObject({
      name: 'API_TOKEN',
      description: 'd',
      isFile: false,
      teamId: null,
    })
    expect(JSON.stringify(created.body)).not.toContain('SENTINEL-v')
    const got = await api('GET', `/api/v1/secrets/${created.body.data.id}`)
    const list = await api('GET', '/api/v1/secrets/?offset=0&limit=100')
    for (const body of [got.body, list.body]) expect(JSON.stringify(body)).not.toContain('SENTINEL-v')
    expect(server!.state.valueOf('API_TOKEN')).toBe('SENTINEL-v')
  })

  it('validates against the seed schema with the documented 422 shape, or FastAPI`s', async () => {
    let api = await start()
    const cases: [unknown, string][] = [
      [{ name: 'lower', value: 'v' }, "String should match pattern '^[A-Z][A-Z0-9_]*$'"],
      [{ name: 'OK_NAME', value: '' }, 'String should have at least 1 character'],
      [
        { name: 'OK_NAME', value: 'v', description: 'x'.repeat(501) },
        'String should have at most 500 characters',
      ],
    ]
    for (const [body, details] of cases) {
      const res = await api('POST', '/api/v1/secrets', body)
      expect(res.status).toBe(422)
      expect(res.body.errors[0].details).toBe(details)
    }
    await server!.close()
    api = await start({ errorStyle: 'fastapi' })
    const res = await api('POST', '/api/v1/secrets', { name: 'OK_NAME', value: '' })
    expect(res.body.detail[0]).toMatchObject({
      loc: ['body', 'value'],
      msg: 'String should have at least 1 character',
    })
  })

  it('pages with offset/limit and total_count, or totalCount, or no total', async () => {
    let api = await start()
    for (let i = 0; i < 5; i++) server!.state.addSecret({ name: `S_${i}`, value: 'v', userId: 'u1' })
    const page = await api('GET', '/api/v1/secrets?offset=2&limit=2')
    expect(page.body).toMatchObject({ total_count: 5, offset: 2, limit: 2 })
    expect(page.body.data.map((s: { name: string }) => s.name)).toEqual(['S_2', 'S_3'])
    expect((await api('GET', '/api/v1/secrets?limit=101')).status).toBe(422)
    await server!.close()
    api = await start({ totalField: 'totalCount' })
    expect((await api('GET', '/api/v1/secrets')).body).toMatchObject({ totalCount: 0 })
  })

  it('scopes by team: body on create, query elsewhere; refuses foreign teams', async () => {
    const api = await start({ deleteStatus: 204 })
    const created = await api('POST', '/api/v1/secrets', { name: 'TEAM_KEY', value: 'v', teamId: 'team-1' })
    expect(created.body.data.teamId).toBe('team-1')
    expect((await api('GET', '/api/v1/secrets')).body.data).toEqual([])
    expect((await api('GET', '/api/v1/secrets?teamId=team-1')).body.data).toHaveLength(1)
    expect((await api('GET', '/api/v1/secrets?teamId=other')).status).toBe(403)
    const id = created.body.data.id
    expect((await api('PATCH', `/api/v1/secrets/${id}`, { value: 'w' })).status).toBe(404)
    expect((await api('PATCH', `/api/v1/secrets/${id}?teamId=team-1`, { value: 'w' })).status).toBe(200)
    expect(server!.state.valueOf('TEAM_KEY', 'team-1')).toBe('w')
    expect((await api('DELETE', `/api/v1/secrets/${id}?teamId=team-1`)).status).toBe(204)
    expect((await client(server!.url, 'pit_wrong')('GET', '/api/v1/secrets')).status).toBe(401)
  })

  it('rate-limits per key when asked, with Retry-After', async () => {
    const clock = fakeClock()
    const api = await start({ requestsPerMinute: 1, now: clock.now })
    expect((await api('GET', '/api/v1/secrets')).status).toBe(200)
    const over = await api('GET', '/api/v1/secrets')
    expect(over.status).toBe(429)
    expect(over.headers.get('retry-after')).toBe('60')
  })
})
