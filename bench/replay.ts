import { performance } from 'node:perf_hooks'
import { Agent, request } from 'undici'
import type { TracedRequest } from './server.js'

/**
 * The zero-work reference for a run's wall time: the same requests, byte for byte, sent to a sandbox in
 * the same state, in the same order and with the same concurrency, by a client that computes nothing.
 *
 * Order and concurrency come from the server's clock: request i waits for every request that was
 * answered before i arrived (the client cannot have sent i before it had those replies), and requests
 * start in the order they arrived. So the replay keeps our waves (4 lists in flight, then 4 folder
 * chains...) but none of the time our client spends between a reply and its next request. It may keep a
 * wait the client did not need (a reply that merely happened to come first), which only makes the
 * replay slower, so a ratio at the target is not flattered by this reference.
 */
export interface ReplayResult {
  wallMs: number
  /** The request shape, for results.json: no bodies (they hold values), only sizes. */
  requests: { method: string; path: string; bytes: number; wave: number }[]
}

/** For each request, the requests answered before it arrived. */
export function dependencies(trace: readonly TracedRequest[]): number[][] {
  return trace.map((r) => trace.flatMap((k, j) => (k.finishedMs <= r.arrivedMs ? [j] : [])))
}

/** Wave of each request: 1 + the latest wave among the replies it waited for. */
export function waves(deps: readonly number[][]): number[] {
  const out: number[] = []
  for (const d of deps) out.push(1 + Math.max(0, ...d.map((j) => out[j]!)))
  return out
}

export async function replay(baseUrl: string, trace: readonly TracedRequest[]): Promise<ReplayResult> {
  const deps = dependencies(trace)
  const bodies = trace.map(bodyText)
  // The settings of src/http/client.ts: keep-alive (undici's default) over at most 8 connections.
  const agent = new Agent({
    connectTimeout: 10_000,
    headersTimeout: 30_000,
    bodyTimeout: 60_000,
    connections: 8,
  })
  let token: string | undefined
  const done: Promise<void>[] = []
  const statuses: number[] = []
  const start = performance.now()
  try {
    for (let i = 0; i < trace.length; i++) {
      if (deps[i]!.length > 0) await Promise.all(deps[i]!.map((j) => done[j]))
      const r = trace[i]!
      const query = new URLSearchParams(r.query).toString()
      const headers: Record<string, string> = { accept: 'application/json' }
      if (r.contentType) headers['content-type'] = r.contentType
      if (r.authorized && token) headers.authorization = `Bearer ${token}`
      done[i] = request(`${baseUrl}${r.path}${query ? `?${query}` : ''}`, {
        method: r.method as 'GET',
        headers,
        body: bodies[i],
        dispatcher: agent,
      }).then(async (res) => {
        statuses[i] = res.statusCode
        // The one reply whose content matters: later requests carry its token.
        if (r.path.endsWith('/universal-auth/login'))
          token = ((await res.body.json()) as { accessToken: string }).accessToken
        else await res.body.arrayBuffer()
      })
    }
    await Promise.all(done)
  } finally {
    await agent.close()
  }
  const wallMs = performance.now() - start
  const differ = trace.findIndex((r, i) => statuses[i] !== r.status)
  if (differ >= 0)
    throw new Error(
      `bench: replayed ${trace[differ]!.method} ${trace[differ]!.path} answered ${statuses[differ]}, the run got ${trace[differ]!.status}`,
    )
  const wave = waves(deps)
  return {
    wallMs,
    requests: trace.map((r, i) => ({ method: r.method, path: r.path, bytes: r.bytes, wave: wave[i]! })),
  }
}

/** The body as the client sent it; its length must equal the Content-Length the server saw. */
function bodyText(r: TracedRequest): string | undefined {
  if (r.body === undefined || r.bytes === 0) return undefined
  const text = r.contentType?.startsWith('application/x-www-form-urlencoded')
    ? new URLSearchParams(r.body as Record<string, string>).toString()
    : JSON.stringify(r.body)
  if (Buffer.byteLength(text) !== r.bytes)
    throw new Error(`bench: cannot rebuild the body of ${r.method} ${r.path} (${r.bytes} bytes sent)`)
  return text
}

/**
 * Where a run's wall time went, along its critical path (walked back from the last reply through the
 * reply each request waited for last): local work before the first request, the server's time on the
 * path, the client's gaps between a reply and the request that waited for it, and the work after the
 * last reply.
 */
export function criticalPathBreakdown(
  trace: readonly TracedRequest[],
  wallMs: number,
  beforeFirstRequestMs: number,
): { beforeFirstMs: number; serverMs: number; gapsMs: number; afterLastMs: number; requests: number } {
  if (trace.length === 0)
    return { beforeFirstMs: wallMs, serverMs: 0, gapsMs: 0, afterLastMs: 0, requests: 0 }
  const deps = dependencies(trace)
  const byFinish = (a: number, b: number) => (trace[a]!.finishedMs >= trace[b]!.finishedMs ? a : b)
  let at = trace.map((_, i) => i).reduce(byFinish)
  const lastFinish = trace[at]!.finishedMs
  let serverMs = 0
  let gapsMs = 0
  let requests = 0
  for (;;) {
    const r = trace[at]!
    serverMs += r.finishedMs - r.arrivedMs
    requests++
    if (deps[at]!.length === 0) break
    const previous = deps[at]!.reduce(byFinish)
    gapsMs += r.arrivedMs - trace[previous]!.finishedMs
    at = previous
  }
  const firstArrival = trace[at]!.arrivedMs
  // The server's clock and ours differ by an offset: what is left of the wall is after the last reply.
  const afterLastMs = wallMs - beforeFirstRequestMs - (lastFinish - firstArrival)
  return { beforeFirstMs: beforeFirstRequestMs, serverMs, gapsMs, afterLastMs, requests }
}
