import type { IncomingMessage } from 'node:http'
import { bearerOf, type LoggedRequest, matchPath, type Reply } from '../common/http.js'
import { CreateBody, type FieldError, fieldErrors, UpdateBody } from './schemas.js'
import { type PrimeState, toResponse } from './state.js'
import type { PrimeServerOptions } from './types.js'

export interface RouteContext {
  state: PrimeState
  options: Required<Omit<PrimeServerOptions, 'host' | 'port' | 'latencyMs' | 'now'>>
  now: () => number
}

const detail = (status: number, text: string): Reply => ({ status, body: { detail: text } })

/** 422 in the documented shape, or FastAPI's, which echoes the rejected `input` (clients must not). */
function invalid(ctx: RouteContext, errors: FieldError[], body: unknown): Reply {
  if (ctx.options.errorStyle === 'errors')
    return { status: 422, body: { errors: errors.map((e) => ({ param: e.field, details: e.message })) } }
  return {
    status: 422,
    body: {
      detail: errors.map((e) => ({
        loc: ['body', ...e.field.split('.')],
        msg: e.message,
        type: 'value_error',
        input: (body as Record<string, unknown> | undefined)?.[e.field.split('.')[0]!],
      })),
    },
  }
}

/** The secrets routes of the Prime Intellect API, plus whoami and teams. */
export function route(
  ctx: RouteContext,
  entry: LoggedRequest,
  req: IncomingMessage,
  bodyError?: string,
): Reply {
  const { method, path, query } = entry
  const bearer = bearerOf(req)
  const key = bearer ? ctx.state.key(bearer) : undefined
  if (!key) return detail(401, 'Authorization failed')
  entry.authorized = true
  if (bodyError) return invalid(ctx, [{ field: 'body', message: bodyError }], undefined)

  if (method === 'GET' && path === '/api/v1/user/whoami')
    return {
      status: 200,
      body: {
        data: {
          id: key.userId,
          email: `${key.userId}@example.test`,
          name: key.userId,
          slug: key.userId,
          scope: { secrets: { read: true, write: true } },
        },
      },
    }
  if (method === 'GET' && path === '/api/v1/user/teams') {
    const data = key.teams.map((teamId) => ({
      teamId,
      name: teamId,
      slug: teamId,
      role: 'ADMIN',
      createdAt: new Date(0).toISOString(),
    }))
    return { status: 200, body: { total_count: data.length, offset: 0, limit: 100, data } }
  }

  const teamId =
    method === 'POST' ? ((entry.body as { teamId?: string } | undefined)?.teamId ?? undefined) : query.teamId
  if (teamId && !key.teams.includes(teamId)) return detail(403, 'Not a member of this team')
  const scope = ctx.state.scope(key.userId, teamId)

  if (path === '/api/v1/secrets' && method === 'GET') {
    const offset = Number(query.offset ?? 0)
    const limit = Number(query.limit ?? 100)
    if (!Number.isInteger(offset) || offset < 0)
      return invalid(ctx, [{ field: 'offset', message: 'Input should be greater than or equal to 0' }], query)
    if (!Number.isInteger(limit) || limit < 1 || limit > ctx.options.maxLimit)
      return invalid(
        ctx,
        [{ field: 'limit', message: `Input should be less than or equal to ${ctx.options.maxLimit}` }],
        query,
      )
    const data = scope.slice(offset, offset + limit).map(toResponse)
    const total = ctx.options.totalField === 'none' ? {} : { [ctx.options.totalField]: scope.length }
    return { status: 200, body: { ...total, offset, limit, data, status: 'success' } }
  }
  if (path === '/api/v1/secrets' && method === 'POST') {
    const parsed = CreateBody.safeParse(entry.body)
    if (!parsed.success) return invalid(ctx, fieldErrors(parsed.error), entry.body)
    if (scope.some((s) => s.name === parsed.data.name))
      return detail(ctx.options.duplicateStatus, `Secret with name ${parsed.data.name} already exists`)
    const created = ctx.state.addSecret({
      name: parsed.data.name,
      value: parsed.data.value,
      ...(parsed.data.description != null ? { description: parsed.data.description } : {}),
      ...(teamId ? { teamId } : { userId: key.userId }),
    })
    return { status: 200, body: { data: toResponse(created), status: 'success' } }
  }
  const p = matchPath('/api/v1/secrets/:id', path)
  const secret = p ? scope.find((s) => s.id === p.id) : undefined
  if (p && !secret) return detail(404, 'Secret not found')
  if (secret && method === 'GET')
    return { status: 200, body: { data: toResponse(secret), status: 'success' } }
  if (secret && method === 'PATCH') {
    const parsed = UpdateBody.safeParse(entry.body)
    if (!parsed.success) return invalid(ctx, fieldErrors(parsed.error), entry.body)
    const { name, value, description } = parsed.data
    if (name && scope.some((s) => s !== secret && s.name === name))
      return detail(ctx.options.duplicateStatus, `Secret with name ${name} already exists`)
    if (name) secret.name = name
    if (value) secret.value = value
    if (description !== undefined && description !== null) secret.description = description || null
    ctx.state.touch(secret)
    return { status: 200, body: { data: toResponse(secret), status: 'success' } }
  }
  if (secret && method === 'DELETE') {
    ctx.state.secrets.splice(ctx.state.secrets.indexOf(secret), 1)
    return ctx.options.deleteStatus === 204 ? { status: 204 } : { status: 200, body: {} }
  }
  return detail(404, 'Not Found')
}
