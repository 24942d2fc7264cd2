import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startInfisicalServer } from '../../src/sandbox/infisical/index.js'
import { client, type Seeded, startSeeded } from './helpers.js'

describe('faults, latency and the request log', () => {
  let s: Seeded
  beforeAll(async () => {
    s = await startSeeded()
  })
  afterAll(() => s.server.close())
  const create = (key: string) =>
    s.api('POST', '/api/v4/secrets/batch', {
      projectId: s.projectId,
      environment: 'dev',
      secrets: [{ secretKey: key, secretValue: 'v' }],
    })
  const devKeys = () => s.server.state.listSecrets(s.projectId, 'dev', '/').map((x) => x.key)

  it('answers an injected status with the real error body, once by default', async () => {
    s.server.faults.add({ method: 'POST', path: '/api/v4/secrets/batch', kind: 'status', status: 503 })
    s.server.faults.add({ path: /\/batch$/, kind: 'status', status: 429, retryAfterSeconds: 2 })
    const unavailable = await create('F1')
    expect(unavailable.status).toBe(503)
    const limited = await create('F1')
    expect(limited.status).toBe(429)
    expect(limited.body.message).toBe('Rate limit exceeded. Please try again in 2 seconds')
    expect(limited.headers.get('retry-after')).toBe('2')
    expect(devKeys()).not.toContain('F1')
    expect((await create('F1')).status).toBe(200)
  })

  it('reset-before drops the connection and changes nothing', async () => {
    s.server.faults.add({ path: '/api/v4/secrets/batch', kind: 'reset-before' })
    await expect(create('RB')).rejects.toThrow()
    expect(devKeys()).not.toContain('RB')
    expect(s.server.requests.at(-1)).toMatchObject({ fault: 'reset-before', status: 0 })
  })

  it('reset-after commits the write and then drops the connection', async () => {
    s.server.faults.add({ path: '/api/v4/secrets/batch', kind: 'reset-after', times: 1 })
    await expect(create('RA')).rejects.toThrow()
    expect(devKeys()).toContain('RA')
    const retry = await create('RA')
    expect(retry.status).toBe(400)
  })

  it('clear() removes pending faults', async () => {
    s.server.faults.add({ path: '/api/v4/secrets/batch', kind: 'reset-before', times: 5 })
    s.server.faults.clear()
    expect((await create('CLEARED')).status).toBe(200)
  })

  it('logs every request in order with query, parsed body, status and auth', async () => {
    const before = s.server.requests.length
    await s.anon('POST', '/api/v1/auth/universal-auth/login', {
      clientId: 'ci-client',
      clientSecret: 'ci-secret',
    })
    await s.api('GET', `/api/v4/secrets?projectId=${s.projectId}&environment=dev`)
    const [login, list] = s.server.requests.slice(before)
    expect(login).toMatchObject({
      method: 'POST',
      path: '/api/v1/auth/universal-auth/login',
      status: 200,
      authorized: false,
    })
    expect(login!.body).toEqual({ clientId: 'ci-client', clientSecret: 'ci-secret' })
    expect(list).toMatchObject({ method: 'GET', path: '/api/v4/secrets', status: 200, authorized: true })
    expect(list!.query).toEqual({ projectId: s.projectId, environment: 'dev' })
  })

  it('adds the configured latency to every response', async () => {
    const slow = await startInfisicalServer({ latencyMs: 60 })
    try {
      const started = performance.now()
      await client(slow.url)('GET', '/api/v1/nothing')
      expect(performance.now() - started).toBeGreaterThanOrEqual(55)
    } finally {
      await slow.close()
    }
  })

  it('answers unknown routes like Fastify and ignores a trailing slash', async () => {
    const res = await s.api('POST', '/api/v4/x')
    expect(res.body).toEqual({
      message: 'Route POST:/api/v4/x not found',
      error: 'Not Found',
      statusCode: 404,
    })
    expect((await s.api('GET', `/api/v1/projects/${s.projectId}/`)).status).toBe(200)
  })

  it('applies per-IP bucket limits when configured', async () => {
    const limited = await startSeeded({ rateLimits: { secretsPerMinute: 2 } })
    try {
      const list = () => limited.api('GET', `/api/v4/secrets?projectId=${limited.projectId}&environment=dev`)
      expect((await list()).status).toBe(200)
      expect((await list()).status).toBe(200)
      expect((await list()).status).toBe(429)
    } finally {
      await limited.server.close()
    }
  })
})

describe('projects and folders', () => {
  let s: Seeded
  beforeAll(async () => {
    s = await startSeeded()
  })
  afterAll(() => s.server.close())

  it('returns the project with environments by id (wrapped) and by slug (unwrapped), and its tags', async () => {
    const byId = await s.api('GET', `/api/v1/projects/${s.projectId}`)
    expect(byId.body.project).toMatchObject({ id: s.projectId, slug: 'demo', autoCapitalization: false })
    expect(byId.body.project.environments.map((e: { slug: string }) => e.slug)).toEqual([
      'dev',
      'staging',
      'prod',
    ])
    const bySlug = await s.api('GET', '/api/v1/projects/slug/demo')
    expect(bySlug.body.id).toBe(s.projectId)
    const tags = await s.api('GET', `/api/v1/projects/${s.projectId}/tags`)
    expect(tags.body.tags).toEqual([
      expect.objectContaining({ id: s.tagIds.db, slug: 'db', name: 'db', color: '#ff0000' }),
      expect.objectContaining({ slug: 'api' }),
    ])
  })

  it('creates folders with missing parents, rejects duplicates and bad names', async () => {
    const body = { projectId: s.projectId, environment: 'dev', name: 'api', path: '/apps/backend' }
    const created = await s.api('POST', '/api/v2/folders', body)
    expect(created.status).toBe(200)
    expect(created.body.folder).toMatchObject({ name: 'api', path: '/apps/backend/api' })
    const again = await s.api('POST', '/api/v2/folders', body)
    expect([again.status, again.body.message]).toEqual([
      400,
      "Folder with name 'api' already exists in path '/apps/backend'",
    ])
    const bad = await s.api('POST', '/api/v2/folders', { ...body, name: 'a/b' })
    expect(bad.status).toBe(422)
    expect(bad.body.message[0].message).toBe(
      'Invalid folder name. Only alphanumeric characters, dashes, and underscores are allowed.',
    )
    const list = await s.api('GET', `/api/v2/folders?projectId=${s.projectId}&environment=dev&path=/apps`)
    expect(list.body.folders.map((f: { name: string }) => f.name)).toEqual(['backend'])
    const none = await s.api('GET', `/api/v2/folders?projectId=${s.projectId}&environment=dev&path=/nope`)
    expect(none.body.folders).toEqual([])
    const viewer = await s.viewer('POST', '/api/v2/folders', { ...body, name: 'v' })
    expect(viewer.body.message).toBe('You are not allowed to create on secret-folders')
  })
})

describe('projects and folders (legacy)', () => {
  let s: Seeded
  beforeAll(async () => {
    s = await startSeeded({ legacy: true })
  })
  afterAll(() => s.server.close())

  it('serves only the workspace routes', async () => {
    expect((await s.api('GET', `/api/v1/projects/${s.projectId}`)).status).toBe(404)
    const ws = await s.api('GET', `/api/v1/workspace/${s.projectId}`)
    expect(ws.body.workspace.environments).toHaveLength(3)
    const tags = await s.api('GET', `/api/v1/workspace/${s.projectId}/tags`)
    expect(tags.body.workspaceTags).toHaveLength(2)
  })

  it('uses /api/v1/folders and answers 200 with the existing folder', async () => {
    expect((await s.api('POST', '/api/v2/folders', {})).status).toBe(404)
    const body = { workspaceId: s.projectId, environment: 'dev', name: 'app', path: '/' }
    const first = await s.api('POST', '/api/v1/folders', body)
    const second = await s.api('POST', '/api/v1/folders', body)
    expect(second.status).toBe(200)
    expect(second.body.folder.id).toBe(first.body.folder.id)
  })

  it('answers 403 to a viewer writing secrets', async () => {
    const res = await s.viewer('POST', '/api/v3/secrets/batch/raw', {
      workspaceId: s.projectId,
      environment: 'dev',
      secrets: [{ secretKey: 'A', secretValue: '1' }],
    })
    expect(res.body).toEqual({
      statusCode: 403,
      message: 'You are not allowed to create on secrets',
      error: 'PermissionDenied',
      details: [],
    })
  })
})
