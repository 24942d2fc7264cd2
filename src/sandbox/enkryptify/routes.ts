import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { bearerOf, type LoggedRequest, matchPath, type Reply } from '../common/http.js'
import { CreateSecretBody, UpdateSecretBody, validationMessage } from './schemas.js'
import type { EnkryptifyState } from './state.js'
import type { StoredSecret } from './types.js'

export interface RouteContext {
  state: EnkryptifyState
  exchange: boolean
  directTokens: boolean
  createStatus: 200 | 201
  now: () => number
  /** Counts an exchange for this token; true when over its limit. */
  exchangeLimited: (token: string) => { over: boolean; resetSeconds: number }
}

const message = (status: number, text: string, headers?: Record<string, string>): Reply => ({
  status,
  body: { message: text },
  ...(headers ? { headers } : {}),
})
const PROJECT = '/v1/workspace/:ws/project/:prj'

/** The Enkryptify routes secrets-manifest uses (token exchange, environments, secrets), answering `{message}` on every error. */
export function route(
  ctx: RouteContext,
  entry: LoggedRequest,
  req: IncomingMessage,
  bodyError?: string,
): Reply {
  const { method, path } = entry
  const bearer = bearerOf(req)
  if (method === 'POST' && path === '/v1/auth/exchange') {
    if (!ctx.exchange) return message(404, `Route POST:${path} not found`)
    const token = bearer ? ctx.state.rawToken(bearer) : undefined
    if (!token || !bearer) return message(401, 'Invalid or expired token')
    const limited = ctx.exchangeLimited(bearer)
    if (limited.over)
      return message(429, 'Rate limit exceeded', { 'retry-after': String(limited.resetSeconds) })
    entry.authorized = true
    return {
      status: 200,
      body: { accessToken: ctx.state.issueJwt(bearer), expiresIn: 900, tokenType: 'Bearer' },
    }
  }
  const token = bearer ? ctx.state.resolve(bearer, ctx.directTokens) : undefined
  if (!token) return message(401, 'Invalid or expired token')
  entry.authorized = true
  if (bodyError) return message(400, bodyError)

  if (method === 'GET' && path === '/v1/workspace')
    return {
      status: 200,
      body: [{ id: `ws-${token.workspace}`, name: token.workspace, slug: token.workspace }],
    }
  let p = matchPath('/v1/workspace/:ws/project', path)
  if (method === 'GET' && p) {
    if (p.ws !== token.workspace) return message(404, 'Workspace not found')
    const projects = ctx.state.projectsIn(p.ws).map((x) => ({ id: x.id, name: x.slug, slug: x.slug }))
    return { status: 200, body: [{ id: 'team-1', name: 'Default', projects }] }
  }
  p = matchPath(`${PROJECT}/:rest`, path) ?? matchPath(`${PROJECT}/secret/:id`, path)
  if (!p) return message(404, `Route ${method}:${path} not found`)
  const project = p.ws === token.workspace ? ctx.state.project(p.ws, p.prj) : undefined
  if (!project) return message(404, 'Project not found')
  const write = method !== 'GET'
  if (write && token.permission !== 'read-write') return message(403, 'Insufficient permissions')
  const envIds = new Set(project.environments.map((e) => e.id))
  const at = new Date(ctx.now()).toISOString()

  if (p.rest === 'environment' && method === 'GET') return { status: 200, body: project.environments }
  if (p.rest === 'secret' && method === 'GET') {
    // Shared values plus the caller's own personal values, never another user's.
    const visible = project.secrets.map((s) => ({
      ...s,
      values: s.values
        .filter((v) => !v.isPersonal || v.userId === token.userId)
        .map(({ environmentId, value, isPersonal }) => ({ environmentId, value, isPersonal })),
    }))
    return { status: 200, body: visible }
  }
  if (p.rest === 'secret' && method === 'POST') {
    const parsed = CreateSecretBody.safeParse(entry.body)
    if (!parsed.success) return message(400, validationMessage(parsed.error))
    const { environments, secrets } = parsed.data
    if (environments.some((e) => !envIds.has(e))) return message(404, 'Environment not found')
    const names = secrets.map((s) => s.key)
    if (new Set(names).size !== names.length) return message(400, 'secrets: duplicate key in request')
    if (names.some((n) => project.secrets.some((s) => s.name === n)))
      return message(409, 'Secret already exists')
    for (const s of secrets) {
      project.secrets.push({
        id: randomUUID(),
        name: s.key,
        note: s.note ?? '',
        type: s.type,
        dataType: s.dataType,
        values: environments.map((environmentId) => ({ environmentId, value: s.value, isPersonal: false })),
        createdAt: at,
        updatedAt: at,
      })
    }
    return { status: ctx.createStatus, body: { success: true } }
  }
  const index = project.secrets.findIndex((s) => s.id === p.id)
  if (p.id && method === 'PUT') {
    if (index < 0) return message(404, 'Secret not found')
    const parsed = UpdateSecretBody.safeParse(entry.body)
    if (!parsed.success) return message(400, validationMessage(parsed.error))
    const body = parsed.data
    if (body.values.some((v) => !envIds.has(v.environmentId))) return message(404, 'Environment not found')
    if (project.secrets.some((s, i) => i !== index && s.name === body.name))
      return message(409, 'Secret already exists')
    const old = project.secrets[index]!
    // Replace-all: what the body leaves out is gone, except other users' personal values it cannot see.
    const others = old.values.filter((v) => v.isPersonal && v.userId !== token.userId)
    const values = body.values.map((v) => ({ ...v, ...(v.isPersonal ? { userId: token.userId } : {}) }))
    const next: StoredSecret = {
      ...old,
      name: body.name,
      note: body.note ?? old.note,
      type: body.type,
      dataType: body.dataType,
      values: [...values, ...others],
      updatedAt: at,
    }
    project.secrets[index] = next
    return { status: 200, body: { success: true } }
  }
  if (p.id && method === 'DELETE') {
    if (index < 0) return message(404, 'Secret not found')
    project.secrets.splice(index, 1)
    return { status: 200, body: { success: true } }
  }
  return message(404, `Route ${method}:${path} not found`)
}
