import {
  type InfisicalServerHandle,
  type InfisicalServerOptions,
  startInfisicalServer,
} from '../../src/sandbox/infisical/index.js'

export interface ApiResponse {
  status: number
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON shapes
  body: any
  headers: Headers
}

export type Api = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<ApiResponse>

/** A fetch wrapper that sends JSON and parses JSON, with an optional bearer token. */
export function client(baseUrl: string, token?: string): Api {
  return async (method, path, body, headers = {}) => {
    const res = await fetch(baseUrl + path, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    })
    const text = await res.text()
    return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers }
  }
}

/** A controllable clock for rate limits, lockouts and expiry: no real waiting in tests. */
export function fakeClock(start = Date.parse('2026-01-01T00:00:00Z')) {
  let t = start
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms
    },
  }
}

export interface Seeded {
  server: InfisicalServerHandle
  projectId: string
  tagIds: Record<string, string>
  identityId: string
  viewerId: string
  api: Api
  viewer: Api
  anon: Api
}

/** A server with one project (dev/staging/prod), two tags, an admin and a viewer identity. */
export async function startSeeded(options: InfisicalServerOptions = {}): Promise<Seeded> {
  const server = await startInfisicalServer(options)
  const { identityId } = server.state.addIdentity({
    clientId: 'ci-client',
    clientSecret: 'ci-secret',
    name: 'ci',
  })
  const { identityId: viewerId } = server.state.addIdentity({
    clientId: 'viewer',
    clientSecret: 'viewer-secret',
    role: 'viewer',
  })
  const project = server.state.addProject({
    slug: 'demo',
    environments: [{ slug: 'dev' }, { slug: 'staging' }, { slug: 'prod' }],
    tags: [
      { slug: 'db', color: '#ff0000' },
      { slug: 'api', color: '#00ff00' },
    ],
    members: [identityId, viewerId],
  })
  return {
    server,
    projectId: project.id,
    tagIds: Object.fromEntries(project.tags.map((t) => [t.slug, t.id])),
    identityId,
    viewerId,
    api: client(server.url, server.state.issueToken(identityId)),
    viewer: client(server.url, server.state.issueToken(viewerId)),
    anon: client(server.url),
  }
}
