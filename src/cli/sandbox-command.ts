import { DEMO, seedDemo } from '../sandbox/demo.js'
import { startDemoServer } from '../sandbox/demo-providers.js'
import { startInfisicalServer } from '../sandbox/infisical/index.js'
import type { CliValues } from './main.js'

/** Starts the local Infisical-compatible server with the demo project and waits for Ctrl-C. */
export async function runSandbox(
  values: CliValues,
  io: { out: (t: string) => void; err: (t: string) => void },
): Promise<number> {
  const port = values.port === undefined ? 8089 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err('secrets-manifest sandbox: --port takes a number from 0 to 65535')
    return 2
  }
  if (values.provider === 'enkryptify' || values.provider === 'prime-intellect') {
    const demo = await startDemoServer(values.provider, port)
    io.out([...demo.lines, 'Press Ctrl-C to stop. State lives in memory only.'].join('\n'))
    await untilInterrupted()
    await demo.close()
    return 0
  }
  if (values.provider !== undefined && values.provider !== 'infisical') {
    io.err('secrets-manifest sandbox: --provider is infisical, enkryptify or prime-intellect')
    return 2
  }
  const server = await startInfisicalServer({ port, legacy: values.legacy ?? false })
  seedDemo(server)
  // These are the sandbox's own throwaway credentials, printed on purpose so a newcomer can connect.
  io.out(
    [
      `Infisical sandbox${values.legacy ? ' (2024 legacy mode)' : ''} listening on ${server.url}`,
      `project ${DEMO.projectId} with environments ${DEMO.environments.join(', ')}`,
      'Connect with:',
      `export INFISICAL_SITE_URL=${server.url}`,
      `export INFISICAL_CLIENT_ID=${DEMO.clientId}`,
      `export INFISICAL_CLIENT_SECRET=${DEMO.clientSecret}`,
      'Press Ctrl-C to stop. State lives in memory only.',
    ].join('\n'),
  )
  await untilInterrupted()
  await server.close()
  return 0
}

function untilInterrupted(): Promise<void> {
  return new Promise<void>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
}
