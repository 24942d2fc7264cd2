import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  type InfisicalServerHandle,
  type InfisicalServerOptions,
  startInfisicalServer,
} from '../../src/sandbox/infisical/index.js'

export const PROJECT_ID = 'proj-7c1e'
export const CLIENT_SECRET = 'client-secret-SENTINEL-7f2c9'

export interface Sandbox {
  server: InfisicalServerHandle
  identityId: string
  /** Environment for the CLI: where the server is and how to log in. */
  env: Record<string, string>
  /** Requests after the login and project read, i.e. what a run did on secrets. */
  writes(): { method: string; path: string }[]
  close(): Promise<void>
}

export async function startSandbox(
  opts: Pick<InfisicalServerOptions, 'legacy' | 'latencyMs' | 'now' | 'rateLimits' | 'maxBatchSize'> & {
    role?: 'admin' | 'viewer'
  } = {},
): Promise<Sandbox> {
  const { role, ...serverOptions } = opts
  const server = await startInfisicalServer(serverOptions)
  const { identityId } = server.state.addIdentity({
    clientId: 'ci-identity',
    clientSecret: CLIENT_SECRET,
    role,
  })
  server.state.addProject({
    id: PROJECT_ID,
    slug: 'demo',
    name: 'Demo',
    environments: [{ slug: 'dev' }, { slug: 'staging' }, { slug: 'prod' }],
    tags: [{ slug: 'database' }, { slug: 'payments' }],
    members: [identityId],
  })
  return {
    server,
    identityId,
    env: {
      INFISICAL_SITE_URL: server.url,
      INFISICAL_CLIENT_ID: 'ci-identity',
      INFISICAL_CLIENT_SECRET: CLIENT_SECRET,
    },
    writes: () =>
      server.requests
        .filter((r) => r.method !== 'GET' && !r.path.includes('/auth/'))
        .map(({ method, path }) => ({ method, path })),
    close: () => server.close(),
  }
}

/** A manifest in a fresh directory (a git repository root, so file sources resolve inside it). */
export function writeManifest(body: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'sm-manifest-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  const path = join(dir, 'secrets.yaml')
  writeFileSync(path, `version: 1\nprovider:\n  type: infisical\n  projectId: ${PROJECT_ID}\n${body}`)
  return path
}

export interface ProcessResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs a script with this Node (24) as a child process; async so in-process servers keep answering. */
export function runNode(
  script: string,
  args: string[],
  opts: { env?: Record<string, string>; cwd?: string; killAfterMs?: number } = {},
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: opts.cwd,
      env: { PATH: process.env.PATH ?? '', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    // A child that hangs (reading a FIFO, say) is killed, not left behind; its code is then null.
    const timer = opts.killAfterMs ? setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs) : undefined
    child.on('close', () => clearTimeout(timer))
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}
