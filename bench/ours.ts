import { performance } from 'node:perf_hooks'
import { runApply, runPlan } from '../src/app/run.js'
import { Redactor } from '../src/core/redact.js'
import { CLIENT_ID, CLIENT_SECRET } from './fixtures.js'
import type { ServerChild } from './server.js'

export interface RunMeasure {
  /** Requests the sandbox received during the run (the client's own count must agree). */
  requests: number
  wallMs: number
  /** Local work before the first request: reading, parsing and linting the manifest, resolving values. */
  beforeFirstRequestMs: number
  /** CPU time of this process (the client) and of the sandbox's child process during the run. */
  clientCpuMs: number
  serverCpuMs: number
  byRoute: Record<string, number>
  /** Seconds the client said it waits for (rate limits, backoff), from its progress lines. */
  waitedSeconds: number
}

/** One plan or apply through the same entry point the CLI and the action use, over real HTTP. */
export async function measureRun(
  kind: 'plan' | 'apply',
  manifestPath: string,
  server: ServerChild,
): Promise<RunMeasure> {
  const before = await server.requests()
  let sent = 0
  let waitedSeconds = 0
  let firstAt: number | undefined
  const cpu = process.cpuUsage()
  const start = performance.now()
  const result = await (kind === 'plan' ? runPlan : runApply)({
    manifestPath,
    env: {},
    credentials: { method: 'universal', clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    siteUrl: server.url,
    redactor: new Redactor(),
    progress: (line) => {
      const wait = /waiting (\d+) s/.exec(line)
      if (wait) waitedSeconds += Number(wait[1])
    },
    onRequest: () => {
      sent++
      firstAt ??= performance.now()
    },
  })
  const wallMs = performance.now() - start
  const clientCpu = process.cpuUsage(cpu)
  const after = await server.requests()
  if (result.kind === 'invalid' || result.kind === 'refused')
    throw new Error(`bench: ${kind} did not run (${result.kind}): ${JSON.stringify(result).slice(0, 400)}`)
  if (result.kind === 'applied' && result.report.failed > 0)
    throw new Error(
      `bench: ${result.report.failed} item(s) failed to apply, e.g. ${result.report.items.find((i) => i.outcome === 'failed')?.reason}`,
    )
  const requests = after.total - before.total
  if (requests !== sent)
    throw new Error(`bench: the client sent ${sent} requests, the server saw ${requests}`)
  return {
    requests,
    wallMs,
    beforeFirstRequestMs: (firstAt ?? start) - start,
    clientCpuMs: (clientCpu.user + clientCpu.system) / 1000,
    serverCpuMs: after.cpuMs - before.cpuMs,
    byRoute: delta(before.byRoute, after.byRoute),
    waitedSeconds,
  }
}

export function delta(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [route, n] of Object.entries(after))
    if (n - (before[route] ?? 0) > 0) out[route] = n - (before[route] ?? 0)
  return out
}
