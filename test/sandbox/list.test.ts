import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, type Seeded, startSeeded } from './helpers.js'

// A literal secret reference, as a user would store it (not a JS template).
const REF = '$' + '{DB_URL}'

describe('listing secrets (modern)', () => {
  let s: Seeded
  beforeAll(async () => {
    s = await startSeeded()
    const st = s.server.state
    st.addSecret(s.projectId, 'dev', '/', {
      key: 'DB_URL',
      value: 'postgres://x',
      tags: ['db'],
      metadata: { owner: 'team-a' },
    })
    st.addSecret(s.projectId, 'dev', '/', { key: 'GREETING', value: `hello ${REF}` })
    st.addSecret(s.projectId, 'dev', '/app/api', { key: 'API_KEY', value: 'k1', tags: ['api'] })
  })
  afterAll(() => s.server.close())
  const list = (query: string, api = s.api) => api('GET', `/api/v4/secrets?projectId=${s.projectId}&${query}`)

  it('returns one folder with tags, metadata, secretPath and secretValueHidden', async () => {
    const res = await list('environment=dev&secretPath=/&recursive=false&viewSecretValue=true')
    expect(res.status).toBe(200)
    expect(res.body.imports).toBeUndefined()
    expect(res.body.secrets.map((x: { secretKey: string }) => x.secretKey)).toEqual(['DB_URL', 'GREETING'])
    expect(res.body.secrets[0]).toMatchObject({
      secretValue: 'postgres://x',
      secretPath: '/',
      workspace: s.projectId,
      environment: 'dev',
      type: 'shared',
      version: 1,
      secretValueHidden: false,
      tags: [{ id: s.tagIds.db, slug: 'db', color: '#ff0000', name: 'db' }],
      secretMetadata: [{ key: 'owner', value: 'team-a', isEncrypted: false }],
    })
  })

  it('recurses into sub-folders, each secret carrying its own path', async () => {
    const res = await list('environment=dev&secretPath=/&recursive=true')
    const api = res.body.secrets.find((x: { secretKey: string }) => x.secretKey === 'API_KEY')
    expect(api.secretPath).toBe('/app/api')
  })

  it('hides values on viewSecretValue=false and expands references only when asked', async () => {
    const hidden = await list('environment=dev&viewSecretValue=false')
    expect(hidden.body.secrets[0]).toMatchObject({
      secretValueHidden: true,
      secretValue: '<hidden-by-infisical>',
    })
    const raw = await list('environment=dev&expandSecretReferences=false')
    expect(raw.body.secrets[1].secretValue).toBe(`hello ${REF}`)
    const expanded = await list('environment=dev&expandSecretReferences=true&include_imports=true')
    expect(expanded.body.secrets[1].secretValue).toBe('hello postgres://x')
    expect(expanded.body.imports).toEqual([])
  })

  it('filters by tag slugs (any of them)', async () => {
    const res = await list('environment=dev&recursive=true&tagSlugs=api,nope')
    expect(res.body.secrets.map((x: { secretKey: string }) => x.secretKey)).toEqual(['API_KEY'])
  })

  it('hides values for an identity without read-value permission', async () => {
    const { identityId } = s.server.state.addIdentity({ canReadValues: false })
    s.server.state.addMember(s.projectId, identityId)
    const res = await list('environment=dev', client(s.server.url, s.server.state.issueToken(identityId)))
    expect(res.body.secrets[0].secretValueHidden).toBe(true)
  })

  it('parses booleans only from the literal strings true/false', async () => {
    const res = await list('environment=dev&recursive=1')
    expect(res.status).toBe(422)
    expect(res.body.message[0]).toMatchObject({ code: 'invalid_enum_value', path: ['recursive'] })
  })

  it('answers 404 for an unknown path or environment and 400 without environment', async () => {
    const path = await list('environment=dev&secretPath=/nope')
    expect(path.status).toBe(404)
    expect(path.body.message).toBe(
      "Folder with path '/nope' in environment 'dev' was not found. Please ensure the environment slug and secret path is correct.",
    )
    expect((await list('environment=qa')).status).toBe(404)
    expect((await list('secretPath=/')).body.message).toBe('Missing project id or environment')
  })

  it('serves the v3 raw route by workspaceId or workspaceSlug', async () => {
    const byId = await s.api(
      'GET',
      `/api/v3/secrets/raw?workspaceId=${s.projectId}&environment=dev&secretPath=/app/api`,
    )
    const bySlug = await s.api(
      'GET',
      '/api/v3/secrets/raw?workspaceSlug=demo&environment=dev&secretPath=/app/api/',
    )
    expect(byId.body.secrets).toHaveLength(1)
    expect(bySlug.body.secrets[0].secretKey).toBe('API_KEY')
  })

  it('sends an ETag and answers 304 to If-None-Match', async () => {
    const first = await list('environment=dev')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^".+"$/)
    const second = await fetch(`${s.server.url}/api/v4/secrets?projectId=${s.projectId}&environment=dev`, {
      headers: { authorization: `Bearer ${s.server.state.issueToken(s.identityId)}`, 'if-none-match': etag },
    })
    expect(second.status).toBe(304)
  })

  it('answers 403 to an identity that is not a project member', async () => {
    const { identityId } = s.server.state.addIdentity({})
    const res = await list('environment=dev', client(s.server.url, s.server.state.issueToken(identityId)))
    expect(res.status).toBe(403)
  })
})

describe('listing secrets (legacy)', () => {
  let s: Seeded
  beforeAll(async () => {
    s = await startSeeded({ legacy: true })
    s.server.state.addSecret(s.projectId, 'dev', '/', { key: 'A', value: '1', tags: ['db'] })
  })
  afterAll(() => s.server.close())

  it('answers 200 with empty lists for an unknown environment or path', async () => {
    const res = await s.api(
      'GET',
      `/api/v3/secrets/raw?workspaceId=${s.projectId}&environment=qa&secretPath=/`,
    )
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ secrets: [], imports: [] })
  })

  it('lists with tags and secretPath, ignores viewSecretValue, and has no v4 route', async () => {
    const res = await s.api(
      'GET',
      `/api/v3/secrets/raw?workspaceId=${s.projectId}&environment=dev&viewSecretValue=false`,
    )
    expect(res.body.secrets[0]).toMatchObject({
      secretKey: 'A',
      secretValue: '1',
      secretPath: '/',
      tags: [{ slug: 'db' }],
    })
    expect(res.body.secrets[0].secretValueHidden).toBeUndefined()
    const v4 = await s.api('GET', `/api/v4/secrets?projectId=${s.projectId}&environment=dev`)
    expect(v4.status).toBe(404)
    expect(v4.body.message).toBe(
      `Route GET:/api/v4/secrets?projectId=${s.projectId}&environment=dev not found`,
    )
  })

  it('answers schema failures with 401 ValidationFailure', async () => {
    const res = await s.api(
      'GET',
      `/api/v3/secrets/raw?workspaceId=${s.projectId}&environment=dev&recursive=yes`,
    )
    expect(res.status).toBe(401)
    expect(res.body.error).toBe('ValidationFailure')
  })
})
