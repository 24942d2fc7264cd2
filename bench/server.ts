import { type ChildProcess, fork } from 'node:child_process'
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
  close(): Promise<void>
}

export interface ServerCounters {
  total: number
  byRoute: Record<string, number>
  cpuMs: number
}

type Reply = { type: 'ready'; url: string } | ({ type: 'requests' } & ServerCounters)

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
    } else if (m.type === 'close') {
      await server.close()
      process.exit(0)
    }
  })
  // If the harness dies, the channel closes: go too, rather than keep a port open.
  process.on('disconnect', () => process.exit(0))
  process.send!({ type: 'ready', url: server.url })
}
