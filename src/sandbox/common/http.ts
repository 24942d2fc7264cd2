import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { FaultInjector } from '../infisical/faults.js'
import type { FaultKind } from '../infisical/types.js'

/** What every local stand-in server records about a request (bodies stay in memory, never printed). */
export interface LoggedRequest {
  method: string
  /** Pathname without a trailing slash. */
  path: string
  query: Record<string, string>
  headers: Record<string, string | string[] | undefined>
  body: unknown
  status: number
  /** The request carried a credential the server accepted. */
  authorized: boolean
  at: number
  fault?: FaultKind
}

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export interface ServerHandle {
  url: string
  requests: LoggedRequest[]
  faults: FaultInjector
  close(): Promise<void>
}

const BODY_LIMIT = 1024 * 1024

/**
 * The plumbing the Enkryptify and Prime Intellect stand-ins share: listen on loopback, read a JSON body
 * (or report why it is not one), log, add latency, fire scripted faults, send JSON.
 */
export async function serveJson(options: {
  host?: string
  port?: number
  latencyMs?: number
  now: () => number
  handle: (
    entry: LoggedRequest,
    req: IncomingMessage,
    bodyError: string | undefined,
  ) => Promise<Reply> | Reply
  faultReply: (status: number, message: string | undefined, retryAfterSeconds: number | undefined) => Reply
}): Promise<ServerHandle> {
  const requests: LoggedRequest[] = []
  const faults = new FaultInjector()

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid')
    const entry: LoggedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') || '/' : url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: undefined,
      status: 0,
      authorized: false,
      at: options.now(),
    }
    requests.push(entry)
    const { body, error } = await readJson(req)
    entry.body = body
    if (options.latencyMs) await sleep(options.latencyMs)
    const fault = faults.take(entry.method, entry.path)
    if (fault) entry.fault = fault.kind
    if (fault?.kind === 'reset-before') return void req.socket.destroy()
    if (fault?.spec.kind === 'intercept') fault.spec.before()
    const reply =
      fault?.spec.kind === 'status'
        ? options.faultReply(fault.spec.status, fault.spec.message, fault.spec.retryAfterSeconds)
        : await options.handle(entry, req, error)
    entry.status = reply.status
    if (fault?.kind === 'reset-after') return void req.socket.destroy()
    send(res, reply, fault?.kind === 'truncate-after')
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (res.headersSent) res.destroy()
      else send(res, { status: 500, body: { message: 'Internal Server Error' } })
    })
  })
  const url = await listen(server, options.host ?? '127.0.0.1', options.port ?? 0)
  let closing: Promise<void> | undefined
  return {
    url,
    requests,
    faults,
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()))
        server.closeAllConnections()
      })),
  }
}

async function readJson(req: IncomingMessage): Promise<{ body: unknown; error?: string }> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size <= BODY_LIMIT) chunks.push(chunk)
  }
  if (size > BODY_LIMIT) return { body: undefined, error: 'Request body is too large' }
  const text = Buffer.concat(chunks).toString('utf8')
  const json = (req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')
  // Fastify's answer to `content-type: application/json` with no body (why clients drop the header on DELETE).
  if (json && text.length === 0)
    return { body: undefined, error: "Body cannot be empty when content-type is set to 'application/json'" }
  if (text.length === 0) return { body: undefined }
  try {
    return { body: JSON.parse(text) }
  } catch {
    return { body: undefined, error: 'Body is not valid JSON' }
  }
}

/** `truncated`: the headers promise the whole body, half of it arrives and the connection drops. */
function send(res: ServerResponse, reply: Reply, truncated = false): void {
  const text = Buffer.from(reply.body === undefined ? '' : JSON.stringify(reply.body))
  const headers: Record<string, string> = { ...reply.headers, 'content-length': String(text.length) }
  if (text.length) headers['content-type'] = 'application/json; charset=utf-8'
  res.writeHead(reply.status, headers)
  if (truncated) res.write(text.subarray(0, Math.floor(text.length / 2)), () => res.socket?.destroy())
  else res.end(text)
}

function listen(server: Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      const { port: bound } = server.address() as AddressInfo
      resolve(`http://${host.includes(':') ? `[${host}]` : host}:${bound}`)
    })
  })
}

/** Matches `/a/:b/c` patterns; the pathname is already free of a trailing slash. */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/').filter(Boolean)
  const got = path.split('/').filter(Boolean)
  if (want.length !== got.length) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < want.length; i++) {
    if (want[i]!.startsWith(':')) params[want[i]!.slice(1)] = decodeURIComponent(got[i]!)
    else if (want[i] !== got[i]) return undefined
  }
  return params
}

/** Per-key fixed 60-second windows; a limit of 0 is off. */
export class MinuteWindows {
  private readonly windows = new Map<string, { startedAt: number; count: number }>()

  constructor(private readonly now: () => number) {}

  hit(key: string, limit: number): { remaining: number; resetSeconds: number; over: boolean } {
    const now = this.now()
    let w = this.windows.get(key)
    if (!w || now - w.startedAt >= 60_000) {
      w = { startedAt: now, count: 0 }
      this.windows.set(key, w)
    }
    w.count++
    const resetSeconds = Math.max(1, Math.ceil((w.startedAt + 60_000 - now) / 1000))
    return { remaining: Math.max(0, limit - w.count), resetSeconds, over: limit > 0 && w.count > limit }
  }
}

export function bearerOf(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization
  const match = typeof header === 'string' ? /^Bearer (.+)$/i.exec(header) : null
  return match?.[1]
}
