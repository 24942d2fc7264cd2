import { type ChildProcess, fork } from 'node:child_process'
import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import { performance } from 'node:perf_hooks'
import { startInfisicalServer } from '../src/sandbox/infisical/index.js'
import { CLIENT_ID, CLIENT_SECRET, ENVIRONMENTS, PROJECT_ID } from './fixtures.js'

/**
 * The sandbox runs in its own process so that its CPU time (parsing, storing, sleeping out the latency)
 * does not share the event loop with the client being measured: over a real network it would not.
 */
export interface ServerChild {
  /** The sandbox, which both our tool and the SDK peer talk to directly. */
  url: string
  /** Requests the sandbox has received so far, by "METHOD path", and the child's CPU time so far. */
  requests(): Promise<ServerCounters>
  /** The requests from the `from`-th on, as the server saw them, for a zero-work replay (bench/replay.ts). */
  trace(from: number): Promise<TracedRequest[]>
  close(): Promise<void>
}

export interface ServerCounters {
  total: number
  byRoute: Record<string, number>
  cpuMs: number
}

/**
 * One request as the server saw it: enough to send it again byte for byte (the body as parsed, which
 * holds only the bench's made-up values; never written to results.json) and when it arrived and was
 * answered, on the server's clock, which gives the order the client kept between requests.
 */
export interface TracedRequest {
  method: string
  path: string
  query: Record<string, string>
  body: unknown
  contentType: string | undefined
  /** Content-Length of the request body as sent. */
  bytes: number
  authorized: boolean
  status: number
  arrivedMs: number
  finishedMs: number
}

type Reply =
  | { type: 'ready'; url: string }
  | ({ type: 'requests' } & ServerCounters)
  | { type: 'trace'; trace: TracedRequest[] }

/** Infisical Cloud's Free plan, per minute (read, write incl. logins, secrets incl. folders). */
export const FREE_PLAN = { readPerMinute: 200, writePerMinute: 90, secretsPerMinute: 120 }

export async function startServerChild(latencyMs: number, freePlanLimits = false): Promise<ServerChild> {
  const args = ['--child', 'server', String(latencyMs), ...(freePlanLimits ? ['free-plan'] : [])]
  const child = fork(process.argv[1]!, args, { stdio: 'inherit' })
  const next = () => new Promise<Reply>((resolve) => child.once('message', (m) => resolve(m as Reply)))
  const ready = await next()
  if (ready.type !== 'ready') throw new Error('bench: the server child did not start')
  return {
    url: ready.url,
    requests: async () => {
      const answer = next()
      child.send({ type: 'requests' })
      const r = await answer
      if (r.type !== 'requests') throw new Error('bench: unexpected reply from the server child')
      return { total: r.total, byRoute: r.byRoute, cpuMs: r.cpuMs }
    },
    trace: async (from) => {
      const answer = next()
      child.send({ type: 'trace', from })
      const r = await answer
      if (r.type !== 'trace') throw new Error('bench: unexpected reply from the server child')
      return r.trace
    },
    close: () => stop(child),
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.send({ type: 'close' })
  })
}

/** Body of the server child: one identity, one project with three environments, nothing else. */
export async function serveChild(latencyMs: number, freePlanLimits = false): Promise<void> {
  // Node's own HTTP server events, in arrival order, as the sandbox's request log is (same index).
  const timings: { arrivedMs: number; finishedMs: number; bytes: number; contentType?: string }[] = []
  const timingOf = new WeakMap<IncomingMessage, (typeof timings)[number]>()
  subscribe('http.server.request.start', (m) => {
    const request = (m as { request: IncomingMessage }).request
    const t = {
      arrivedMs: performance.now(),
      finishedMs: Number.NaN,
      bytes: Number(request.headers['content-length'] ?? 0),
      contentType: request.headers['content-type'],
    }
    timings.push(t)
    timingOf.set(request, t)
  })
  subscribe('http.server.response.finish', (m) => {
    const t = timingOf.get((m as { request: IncomingMessage }).request)
    if (t) t.finishedMs = performance.now()
  })
  const server = await startInfisicalServer({
    latencyMs,
    ...(freePlanLimits ? { rateLimits: FREE_PLAN } : {}),
  })
  const { identityId } = server.state.addIdentity({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET })
  server.state.addProject({
    id: PROJECT_ID,
    slug: 'bench',
    environments: ENVIRONMENTS.map((slug) => ({ slug })),
    members: [identityId],
  })
  process.on('message', async (m: { type: string }) => {
    if (m.type === 'requests') {
      const byRoute: Record<string, number> = {}
      for (const r of server.requests) {
        const route = `${r.method} ${r.path.replace(/^(\/api\/v3\/secrets\/raw)\/.+$/, '$1/:name')}`
        byRoute[route] = (byRoute[route] ?? 0) + 1
      }
      const cpu = process.cpuUsage()
      const cpuMs = (cpu.user + cpu.system) / 1000
      process.send!({ type: 'requests', total: server.requests.length, byRoute, cpuMs })
    } else if (m.type === 'trace') {
      const from = (m as { from?: number }).from ?? 0
      const trace = server.requests.slice(from).map((r, i): TracedRequest => {
        const t = timings[from + i]!
        return {
          method: r.method,
          path: r.path,
          query: r.query,
          body: r.body,
          contentType: t.contentType,
          bytes: t.bytes,
          authorized: r.authorized,
          status: r.status,
          arrivedMs: t.arrivedMs,
          finishedMs: t.finishedMs,
        }
      })
      process.send!({ type: 'trace', trace })
    } else if (m.type === 'close') {
      await server.close()
      process.exit(0)
    }
  })
  // If the harness dies, the channel closes: go too, rather than keep a port open.
  process.on('disconnect', () => process.exit(0))
  process.send!({ type: 'ready', url: server.url })
}
