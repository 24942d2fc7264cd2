import { UserError } from '../app/types.js'
import type { CliValues } from '../cli/args.js'
import type { Redactor } from '../core/redact.js'
import { DEMO, seedDemo } from './demo.js'
import { startDemoServer } from './demo-providers.js'
import { startInfisicalServer } from './infisical/index.js'
import { seedFromManifest } from './seed-manifest.js'

interface Io {
  out: (t: string) => void
  err: (t: string) => void
  env: Record<string, string | undefined>
  redactor: Redactor
}

/** Starts a local provider-compatible server (the demo project, or a manifest's) and waits for Ctrl-C. */
export async function runSandbox(values: CliValues, io: Io): Promise<number> {
  const port = values.port === undefined ? 8089 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err('secrets-manifest sandbox: --port takes a number from 0 to 65535')
    return 2
  }
  if (values.provider === 'enkryptify' || values.provider === 'prime-intellect') {
    if (values.manifest !== undefined) {
      io.err('secrets-manifest sandbox: --manifest serves an Infisical project; drop --provider')
      return 2
    }
    const demo = await listening(port, () => startDemoServer(values.provider as 'enkryptify', port))
    io.out([...demo.lines, 'Press Ctrl-C to stop. State lives in memory only.'].join('\n'))
    await untilInterrupted()
    await demo.close()
    return 0
  }
  if (values.provider !== undefined && values.provider !== 'infisical') {
    io.err('secrets-manifest sandbox: --provider is infisical, enkryptify or prime-intellect')
    return 2
  }
  const server = await listening(port, () => startInfisicalServer({ port, legacy: values.legacy ?? false }))
  let project: { projectId: string; environments: readonly string[]; secrets?: number }
  try {
    if (values.manifest === undefined) {
      seedDemo(server)
      project = DEMO
    } else project = await seedFromManifest(server, values.manifest, io)
  } catch (e) {
    await server.close()
    throw e
  }
  // These are the sandbox's own throwaway credentials, printed on purpose so a newcomer can connect.
  io.out(
    [
      `Infisical sandbox${values.legacy ? ' (2024 legacy mode)' : ''} listening on ${server.url}`,
      `project ${project.projectId} with environments ${project.environments.join(', ')}${
        project.secrets === undefined
          ? ''
          : `: ${project.secrets} secret(s) from ${values.manifest} (one per key and environment)`
      }`,
      'Connect with:',
      `export INFISICAL_SITE_URL=${server.url}`,
      `export INFISICAL_CLIENT_ID=${DEMO.clientId}`,
      `export INFISICAL_CLIENT_SECRET=${DEMO.clientSecret}`,
      `export INFISICAL_PROJECT_ID=${project.projectId}`,
      'Press Ctrl-C to stop. State lives in memory only.',
    ].join('\n'),
  )
  await untilInterrupted()
  await server.close()
  return 0
}

/** A port already taken is the user's to fix, not a crash. */
async function listening<T>(port: number, start: () => Promise<T>): Promise<T> {
  try {
    return await start()
  } catch (e) {
    const code = (e as { code?: string })?.code
    if (code === 'EADDRINUSE')
      throw new UserError(`port ${port} is in use; pass --port N for another, or --port 0 for a free one`)
    if (code === 'EACCES') throw new UserError(`port ${port} needs privileges; pass --port 1024 or higher`)
    throw e
  }
}

function untilInterrupted(): Promise<void> {
  return new Promise<void>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
}
