import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { authenticate } from './access.js'
import {
  ApiError,
  badRequest,
  errorBody,
  errorForStatus,
  internalError,
  rateLimited,
  routeNotFoundBody,
} from './errors.js'
import { FaultInjector } from './faults.js'
import { clientIp, type ParsedBody, parseBody, readBody, sendJson } from './http-io.js'
import { RateLimiter } from './rate-limit.js'
import { buildSchemas } from './request-schemas.js'
import type { Ctx } from './router.js'
import { buildRouter } from './routes.js'
import { SandboxState } from './state.js'
import type { InfisicalServerOptions, RequestLogEntry } from './types.js'

export interface InfisicalServerHandle {
  /** e.g. http://127.0.0.1:40123 */
  url: string
  state: SandboxState
  /** Every request, in arrival order. */
  requests: RequestLogEntry[]
  faults: FaultInjector
  close(): Promise<void>
}

interface Outcome {
  status: number
  body: unknown
  headers?: Record<string, string>
}

/**
 * A stateful, in-memory stand-in for the Infisical API (modern cloud, or the October-2024 self-hosted server
 * with `legacy: true`). It never logs request bodies: they carry secret values.
 */
export async function startInfisicalServer(
  options: InfisicalServerOptions = {},
): Promise<InfisicalServerHandle> {
  const now = options.now ?? Date.now
  const legacy = options.legacy ?? false
  const latencyMs = options.latencyMs ?? 0
  const state = new SandboxState(now)
  const faults = new FaultInjector()
  const requests: RequestLogEntry[] = []
  const limiter = new RateLimiter(now, options.rateLimits)
  const schemas = buildSchemas(legacy)
  const router = buildRouter(legacy)
  let siteUrl = options.siteUrl ?? ''

  const errorOutcome = (err: ApiError): Outcome => ({
    status: err.statusCode,
    body: errorBody(err, legacy),
    headers: err.headers,
  })

  async function dispatch(
    req: IncomingMessage,
    entry: RequestLogEntry,
    rawUrl: string,
    parsed: ParsedBody,
    tooLarge: boolean,
  ): Promise<Outcome> {
    const match = router.match(entry.method, entry.path)
    if (!match) return { status: 404, body: routeNotFoundBody(entry.method, rawUrl) }
    const ctx: Ctx = {
      method: entry.method,
      path: entry.path,
      query: entry.query,
      params: match.params,
      body: parsed.ok ? parsed.value : undefined,
      headers: req.headers,
      ip: clientIp(req),
      legacy,
      siteUrl,
      state,
      schemas,
    }
    try {
      // Fastify order: rate limit and auth run in onRequest, before the body is parsed and validated.
      const over = match.route.bucket && limiter.hit(match.route.bucket, ctx.ip)
      if (over) throw rateLimited(over.retryAfterSeconds, over.limit)
      if (match.route.auth !== 'none') ctx.identity = authenticate(ctx, match.route.auth === 'required')
      entry.authorized = ctx.identity !== undefined
      if (tooLarge) throw new ApiError(413, 'Request body is too large', 'PayloadTooLarge')
      if (!parsed.ok) throw parsed.error
      refuseOversizedBatch(entry.path, ctx.body, options.maxBatchSize)
      const reply = await match.route.handler(ctx)
      return { status: reply.status ?? 200, body: reply.body, headers: reply.headers }
    } catch (err) {
      return errorOutcome(err instanceof ApiError ? err : internalError())
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase()
    const rawUrl = req.url ?? '/'
    const url = new URL(rawUrl, 'http://sandbox.invalid')
    // ignoreTrailingSlash: true on the real server.
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') || '/' : url.pathname
    const entry: RequestLogEntry = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      body: undefined,
      authorized: false,
      at: now(),
    }
    requests.push(entry)
    const { raw, tooLarge } = await readBody(req)
    const parsed = parseBody(method, raw, req.headers['content-type'], legacy)
    if (parsed.ok) entry.body = parsed.value
    if (latencyMs > 0) await sleep(latencyMs)

    const fault = faults.take(method, path)
    if (fault) entry.fault = fault.kind
    if (fault?.kind === 'reset-before') {
      req.socket.destroy()
      return
    }
    if (fault?.spec.kind === 'intercept') fault.spec.before()
    const outcome =
      fault?.spec.kind === 'status'
        ? errorOutcome(errorForStatus(fault.spec.status, fault.spec.message, fault.spec.retryAfterSeconds))
        : await dispatch(req, entry, rawUrl, parsed, tooLarge)
    entry.status = outcome.status
    if (fault?.kind === 'reset-after') {
      req.socket.destroy()
      return
    }
    if (fault?.kind === 'truncate-after') {
      sendTruncated(res, outcome.status, outcome.body)
      return
    }
    const body = fault?.spec.kind === 'malformed' ? fault.spec.body : outcome.body
    entry.status = sendJson(req, res, outcome.status, body, outcome.headers)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (res.headersSent) res.destroy()
      else sendJson(req, res, 500, errorBody(internalError(), legacy))
    })
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  siteUrl ||= url

  let closing: Promise<void> | undefined
  return {
    url,
    state,
    requests,
    faults,
    // Idempotent, so test teardown can call it from several hooks.
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()))
        server.closeAllConnections()
      })),
  }
}

/** The headers promise the whole body; half of it arrives and the connection drops. */
function sendTruncated(res: ServerResponse, status: number, body: unknown): void {
  const text = Buffer.from(JSON.stringify(body ?? {}))
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(text.length),
  })
  res.write(text.subarray(0, Math.floor(text.length / 2)), () => res.socket?.destroy())
}

function refuseOversizedBatch(path: string, body: unknown, max: number | undefined): void {
  const items = (body as { secrets?: unknown } | undefined)?.secrets
  if (max === undefined || !/\/batch(\/raw)?$/.test(path) || !Array.isArray(items)) return
  if (items.length > max) throw badRequest(`Too many secrets in one request: at most ${max} are allowed`)
}
