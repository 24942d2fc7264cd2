import { startEnkryptifyServer } from './enkryptify/index.js'
import { startPrimeIntellectServer } from './prime-intellect/index.js'

/** Throwaway credentials of the local servers, printed on purpose so a newcomer can connect. */
export const DEMO_ENKRYPTIFY = {
  token: 'ek_live_sandbox-token',
  workspace: 'acme',
  project: 'web-app',
  environments: ['development', 'staging', 'production'],
} as const
export const DEMO_PRIME = { apiKey: 'pit_sandbox-key', teamId: 'team-sandbox' } as const

/** Starts the Enkryptify or Prime Intellect stand-in with a small demo state; `lines` say how to connect. */
export async function startDemoServer(
  provider: 'enkryptify' | 'prime-intellect',
  port: number,
): Promise<{ url: string; lines: string[]; close: () => Promise<void> }> {
  if (provider === 'enkryptify') {
    const server = await startEnkryptifyServer({ port })
    const d = DEMO_ENKRYPTIFY
    server.state.addToken({ token: d.token, workspace: d.workspace })
    server.state.addProject({ workspace: d.workspace, project: d.project, environments: [...d.environments] })
    server.state.addSecret(d.workspace, d.project, { key: 'LOG_LEVEL', values: { development: 'debug' } })
    return {
      url: server.url,
      close: server.close,
      lines: [
        `Enkryptify sandbox listening on ${server.url}`,
        `workspace ${d.workspace}, project ${d.project}, environments ${d.environments.join(', ')}`,
        'Connect with:',
        `export ENKRYPTIFY_API_URL=${server.url}`,
        `export ENKRYPTIFY_TOKEN=${d.token}`,
      ],
    }
  }
  const server = await startPrimeIntellectServer({ port })
  server.state.addKey({ apiKey: DEMO_PRIME.apiKey, userId: 'sandbox-user', teams: [DEMO_PRIME.teamId] })
  server.state.addSecret({ name: 'LEGACY_TOKEN', value: 'sandbox-legacy', userId: 'sandbox-user' })
  return {
    url: server.url,
    close: server.close,
    lines: [
      `Prime Intellect sandbox listening on ${server.url} (team ${DEMO_PRIME.teamId} available)`,
      'Connect with:',
      `export PRIME_API_BASE_URL=${server.url}`,
      `export PRIME_API_KEY=${DEMO_PRIME.apiKey}`,
    ],
  }
}
