import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startInfisicalServer } from '../../src/sandbox/infisical/index.js'
import { client, type Seeded, startSeeded } from './helpers.js'

describe('duplicate secrets between environments', () => {
  let s: Seeded
  let ids: Record<string, string>
  beforeEach(async () => {
    s = await startSeeded()
    const add = (key: string, value: string) =>
      s.server.state.addSecret(s.projectId, 'dev', '/', {
        key,
        value,
        comment: `${key} comment`,
        tags: ['db'],
        metadata: { owner: 'a' },
        skipMultilineEncoding: true,
      })
    ids = { API_KEY: add('API_KEY', 'dev-key').id, DB_URL: add('DB_URL', 'dev-db').id }
    s.server.state.addSecret(s.projectId, 'prod', '/', {
      key: 'API_KEY',
      value: 'prod-key',
      comment: 'prod comment',
    })
  })
  afterEach(() => s.server.close())
  const dup = (body: Record<string, unknown>) =>
    s.api('POST', '/api/v4/secrets/duplicate', {
      projectId: s.projectId,
      sourceEnvironment: 'dev',
      destinationEnvironment: 'staging',
      secretIds: [ids.API_KEY],
      ...body,
    })
  const staging = () => s.server.state.listSecrets(s.projectId, 'staging', '/')

  it('copies only the key when attributesToCopy is empty', async () => {
    const res = await dup({ attributesToCopy: {} })
    expect(res.status).toBe(200)
    expect(res.body.results).toEqual([
      { sourceSecretId: ids.API_KEY, sourceSecretKey: 'API_KEY', destinationSecretId: staging()[0]!.id },
    ])
    expect(staging()[0]).toMatchObject({
      key: 'API_KEY',
      value: '',
      comment: '',
      tags: [],
      metadata: {},
      skipMultilineEncoding: false,
    })
  })

  it('copies exactly the attributes asked for', async () => {
    await dup({ secretIds: [ids.API_KEY, ids.DB_URL], attributesToCopy: { value: true, tags: true } })
    expect(staging().map((x) => [x.key, x.value, x.comment, x.tags, x.metadata])).toEqual([
      ['API_KEY', 'dev-key', '', ['db'], {}],
      ['DB_URL', 'dev-db', '', ['db'], {}],
    ])
  })

  it('refuses to overwrite by default and leaves the destination untouched', async () => {
    const res = await dup({ destinationEnvironment: 'prod', attributesToCopy: { value: true } })
    expect(res.status).toBe(400)
    expect(res.body.message).toBe(
      "Secret with key 'API_KEY' already exists at destination. Set shouldOverwrite to true to replace it.",
    )
    expect(s.server.state.listSecrets(s.projectId, 'prod', '/')[0]!.value).toBe('prod-key')
  })

  it('overwrites the selected attributes with shouldOverwrite=true', async () => {
    const res = await dup({
      destinationEnvironment: 'prod',
      shouldOverwrite: true,
      attributesToCopy: { value: true },
    })
    const prod = s.server.state.listSecrets(s.projectId, 'prod', '/')[0]!
    expect(res.body.results[0].destinationSecretId).toBe(prod.id)
    expect(prod).toMatchObject({ value: 'dev-key', comment: 'prod comment', version: 2 })
  })

  it('validates ids, paths and the 50-id limit with the real messages', async () => {
    const same = await dup({ destinationEnvironment: 'dev' })
    expect([same.status, same.body.message]).toEqual([
      400,
      'Cannot duplicate secrets to the same environment and path',
    ])
    const foreign = s.server.state.addSecret(s.projectId, 'staging', '/', { key: 'X', value: '1' }).id
    const wrong = await dup({ destinationEnvironment: 'prod', secretIds: [foreign] })
    expect([wrong.status, wrong.body.message]).toEqual([
      404,
      `Secret with ID '${foreign}' not found in source folder with path '/' and environment slug 'dev'`,
    ])
    const tooMany = await dup({ secretIds: Array.from({ length: 51 }, () => ids.API_KEY) })
    expect(tooMany.status).toBe(422)
    expect(tooMany.body.message[0]).toMatchObject({ code: 'too_big', path: ['secretIds'] })
    const missingDest = await dup({ destinationSecretPath: '/nowhere' })
    expect(missingDest.status).toBe(404)
    const unknownAttr = await dup({ attributesToCopy: { value: true, version: true } })
    expect(unknownAttr.status).toBe(422)
  })

  it('answers one approval per result when the destination is protected', async () => {
    s.server.state.addApprovalPolicy({ projectId: s.projectId, environment: 'staging' })
    const res = await dup({ secretIds: [ids.API_KEY, ids.DB_URL], attributesToCopy: { value: true } })
    expect(res.status).toBe(200)
    expect(res.body.results).toHaveLength(2)
    for (const r of res.body.results) expect(r.approval).toMatchObject({ status: 'open' })
    expect(staging()).toEqual([])
  })

  it('does not exist on the legacy server', async () => {
    const legacy = await startInfisicalServer({ legacy: true })
    try {
      const res = await client(legacy.url)('POST', '/api/v4/secrets/duplicate', {})
      expect(res.body).toEqual({
        message: 'Route POST:/api/v4/secrets/duplicate not found',
        error: 'Not Found',
        statusCode: 404,
      })
    } finally {
      await legacy.close()
    }
  })
})
