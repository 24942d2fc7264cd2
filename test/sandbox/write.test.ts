import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type Seeded, startSeeded } from './helpers.js'

const keysOf = (s: Seeded, env: string, path = '/') =>
  s.server.state.listSecrets(s.projectId, env, path).map((x) => x.key)

describe('batch create (modern)', () => {
  let s: Seeded
  beforeAll(async () => {
    s = await startSeeded()
  })
  afterAll(() => s.server.close())
  const create = (secrets: unknown[], extra: Record<string, unknown> = {}) =>
    s.api('POST', '/api/v4/secrets/batch', {
      projectId: s.projectId,
      environment: 'dev',
      secretPath: '/',
      secrets,
      ...extra,
    })

  it('creates secrets with tags and metadata and returns the raw schema', async () => {
    const res = await create([
      {
        secretKey: 'A',
        secretValue: '1',
        tagIds: [s.tagIds.db],
        secretMetadata: [{ key: 'owner', value: 'x' }],
      },
    ])
    expect(res.status).toBe(200)
    expect(res.body.secrets[0]).toMatchObject({
      secretKey: 'A',
      secretValue: '1',
      version: 1,
      secretComment: '',
    })
    expect(res.body.secrets[0].tags).toBeUndefined()
    expect(s.server.state.listSecrets(s.projectId, 'dev', '/')[0]).toMatchObject({
      tags: ['db'],
      metadata: { owner: 'x' },
    })
  })

  it('is atomic: one existing key fails the whole batch with the real message', async () => {
    const res = await create([
      { secretKey: 'NEW1', secretValue: 'x' },
      { secretKey: 'A', secretValue: 'y' },
    ])
    expect(res.status).toBe(400)
    expect(res.body.message).toBe("Secret already exists: 'A' in path '/' of environment 'dev'")
    expect(keysOf(s, 'dev')).toEqual(['A'])
  })

  it('answers 500 and creates nothing for a key repeated inside one request', async () => {
    const res = await create([
      { secretKey: 'DUP', secretValue: '1' },
      { secretKey: 'OTHER', secretValue: '1' },
      { secretKey: 'DUP', secretValue: '2' },
    ])
    expect(res.status).toBe(500)
    expect(res.body.message).toBe('Something went wrong')
    expect(keysOf(s, 'dev')).toEqual(['A'])
  })

  it('trims values (keeping one trailing newline) and comments', async () => {
    await create([
      { secretKey: 'T1', secretValue: '  padded  ', secretComment: '  note ' },
      { secretKey: 'T2', secretValue: 'line\n\n\n' },
      { secretKey: 'T3', secretValue: '' },
    ])
    const byKey = Object.fromEntries(
      s.server.state.listSecrets(s.projectId, 'dev', '/').map((x) => [x.key, x]),
    )
    expect(byKey.T1).toMatchObject({ value: 'padded', comment: 'note' })
    expect(byKey.T2!.value).toBe('line\n')
    expect(byKey.T3!.value).toBe('')
  })

  it('rejects unknown fields, bad keys and unknown tags', async () => {
    const unknown = await create([{ secretKey: 'U', secretValue: '1', type: 'shared' }])
    expect(unknown.status).toBe(422)
    expect(unknown.body.message).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', path: ['secrets', 0] }),
    ])
    const top = await create([{ secretKey: 'U', secretValue: '1' }], { mode: 'upsert' })
    expect(top.status).toBe(422)
    const colon = await create([{ secretKey: 'a:b', secretValue: '1' }])
    expect(colon.body.message[0].message).toBe('Secret name cannot contain colon or forward slash.')
    const tag = await create([
      { secretKey: 'U', secretValue: '1', tagIds: ['00000000-0000-4000-8000-000000000000'] },
    ])
    expect([tag.status, tag.body.message]).toEqual([404, 'Tag not found'])
    expect(keysOf(s, 'dev')).not.toContain('U')
  })

  it('needs the folder to exist', async () => {
    const res = await create([{ secretKey: 'X', secretValue: '1' }], { secretPath: '/missing' })
    expect(res.status).toBe(404)
    expect(res.body.error).toBe('CreateManySecret')
  })

  it('takes a chunk of 250 secrets in one request', async () => {
    const secrets = Array.from({ length: 250 }, (_, i) => ({ secretKey: `BULK_${i}`, secretValue: `v${i}` }))
    const res = await s.api('POST', '/api/v4/secrets/batch', {
      projectId: s.projectId,
      environment: 'staging',
      secrets,
    })
    expect(res.status).toBe(200)
    expect(res.body.secrets).toHaveLength(250)
    expect(keysOf(s, 'staging')).toHaveLength(250)
  })

  it('forbids viewers (403 PermissionDenied) and answers 400 to malformed JSON', async () => {
    const res = await s.viewer('POST', '/api/v4/secrets/batch', {
      projectId: s.projectId,
      environment: 'dev',
      secrets: [{ secretKey: 'V', secretValue: '1' }],
    })
    expect(res.body).toMatchObject({
      statusCode: 403,
      error: 'PermissionDenied',
      message: 'You are not allowed to create on secrets',
    })
    const bad = await s.api('POST', '/api/v4/secrets/batch', '{"projectId":')
    expect(bad.status).toBe(400)
  })

  it('answers 413 to a body over 1 MiB', async () => {
    const res = await create([{ secretKey: 'BIG', secretValue: 'x'.repeat(1024 * 1024) }])
    expect(res.status).toBe(413)
    expect(keysOf(s, 'dev')).not.toContain('BIG')
  })
})

describe('batch update and delete (modern)', () => {
  let s: Seeded
  beforeEach(async () => {
    s = await startSeeded()
    s.server.state.addSecret(s.projectId, 'dev', '/', {
      key: 'A',
      value: 'a',
      comment: 'keep me',
      tags: ['db'],
    })
    s.server.state.addSecret(s.projectId, 'dev', '/app', { key: 'B', value: 'b' })
  })
  afterEach(() => s.server.close())
  const update = (secrets: unknown[], mode?: string) =>
    s.api('PATCH', '/api/v4/secrets/batch', {
      projectId: s.projectId,
      environment: 'dev',
      secretPath: '/',
      mode,
      secrets,
    })

  it('failOnNotFound changes nothing when a key is missing', async () => {
    const res = await update([
      { secretKey: 'A', secretValue: 'changed' },
      { secretKey: 'MISSING', secretValue: 'x' },
    ])
    expect(res.status).toBe(404)
    expect(res.body.message).toBe('Secret does not exist: MISSING in path /')
    expect(s.server.state.listSecrets(s.projectId, 'dev', '/')[0]!.value).toBe('a')
  })

  it('upsert creates missing keys; ignore skips them', async () => {
    const up = await update([{ secretKey: 'NEW', secretValue: 'n' }], 'upsert')
    expect(up.body.secrets[0]).toMatchObject({ secretKey: 'NEW', version: 1 })
    const ign = await update([{ secretKey: 'GHOST', secretValue: 'g' }], 'ignore')
    expect([ign.status, ign.body.secrets]).toEqual([200, []])
    expect(keysOf(s, 'dev')).toEqual(['A', 'NEW'])
  })

  it('keeps omitted fields, replaces tags, bumps version and honours per-item paths', async () => {
    const res = await update([
      { secretKey: 'A', secretValue: ' a2 ', tagIds: [s.tagIds.api] },
      { secretKey: 'B', secretPath: '/app', secretComment: 'c' },
    ])
    expect(res.status).toBe(200)
    expect(res.body.secrets[0]).toMatchObject({
      secretValue: 'a2',
      secretComment: 'keep me',
      version: 2,
      secretValueHidden: false,
    })
    expect(s.server.state.listSecrets(s.projectId, 'dev', '/')[0]!.tags).toEqual(['api'])
    expect(s.server.state.listSecrets(s.projectId, 'dev', '/app')[0]).toMatchObject({
      value: 'b',
      comment: 'c',
      version: 2,
    })
  })

  it('deletes all or nothing', async () => {
    const body = (keys: string[]) => ({
      projectId: s.projectId,
      environment: 'dev',
      secrets: keys.map((secretKey) => ({ secretKey })),
    })
    const partial = await s.api('DELETE', '/api/v4/secrets/batch', body(['A', 'NOPE']))
    expect(partial.status).toBe(404)
    expect(keysOf(s, 'dev')).toEqual(['A'])
    const ok = await s.api('DELETE', '/api/v4/secrets/batch', body(['A']))
    expect(ok.body.secrets[0].secretKey).toBe('A')
    expect(keysOf(s, 'dev')).toEqual([])
  })

  it('holds writes under an approval policy and writes nothing', async () => {
    s.server.state.addApprovalPolicy({ projectId: s.projectId, environment: 'dev' })
    const res = await update([{ secretKey: 'A', secretValue: 'held' }])
    expect(res.status).toBe(200)
    expect(res.body.approval).toMatchObject({ status: 'open', hasMerged: false })
    expect(res.body.secrets).toBeUndefined()
    expect(s.server.state.listSecrets(s.projectId, 'dev', '/')[0]!.value).toBe('a')
    expect(s.server.state.approvals()).toHaveLength(1)
    s.server.state.addApprovalPolicy({
      projectId: s.projectId,
      environment: 'staging',
      bypassForMachineIdentities: true,
    })
    const bypass = await s.api('POST', '/api/v4/secrets/batch', {
      projectId: s.projectId,
      environment: 'staging',
      secrets: [{ secretKey: 'S', secretValue: '1' }],
    })
    expect(bypass.body.secrets).toHaveLength(1)
  })
})

describe('batch writes (legacy)', () => {
  let s: Seeded
  beforeAll(async () => {
    s = await startSeeded({ legacy: true })
    s.server.state.addSecret(s.projectId, 'dev', '/', { key: 'A', value: 'a' })
  })
  afterAll(() => s.server.close())
  const v3 = (method: string, body: Record<string, unknown>) =>
    s.api(method, '/api/v3/secrets/batch/raw', {
      workspaceId: s.projectId,
      environment: 'dev',
      secretPath: '/',
      ...body,
    })

  it('drops unknown fields instead of rejecting them', async () => {
    const res = await v3('POST', {
      secrets: [{ secretKey: 'B', secretValue: '1', secretMetadata: [{ key: 'k' }], bogus: 1 }],
    })
    expect(res.status).toBe(200)
    expect(res.body.secrets[0]).toMatchObject({ secretKey: 'B', metadata: null })
    expect(
      s.server.state.listSecrets(s.projectId, 'dev', '/').find((x) => x.key === 'B')!.secretMetadata,
    ).toEqual([])
  })

  it('uses the old conflict message and accepts a project slug', async () => {
    const res = await s.api('POST', '/api/v3/secrets/batch/raw', {
      projectSlug: 'demo',
      environment: 'dev',
      secrets: [
        { secretKey: 'A', secretValue: '1' },
        { secretKey: 'B', secretValue: '1' },
      ],
    })
    expect([res.status, res.body.message]).toEqual([400, 'Secret already exist: A,B'])
  })

  it('ignores mode: a missing key always fails the update', async () => {
    const res = await v3('PATCH', { mode: 'upsert', secrets: [{ secretKey: 'NOPE', secretValue: 'x' }] })
    expect([res.status, res.body.message]).toEqual([404, 'Secret does not exist: '])
  })

  it('requires secretValue on update items (401 ValidationFailure)', async () => {
    const res = await v3('PATCH', { secrets: [{ secretKey: 'A', secretComment: 'c' }] })
    expect([res.status, res.body.error]).toEqual([401, 'ValidationFailure'])
    expect(res.body.reqId).toBeUndefined()
  })

  it('answers 500 to malformed JSON', async () => {
    expect((await s.api('POST', '/api/v3/secrets/batch/raw', '{')).status).toBe(500)
  })
})
