import { log, STARTUP_RUNS } from './config.js'
import { tempDir } from './fixtures.js'
import { startServerChild } from './server.js'
import {
  actionCommand,
  bundlesPresent,
  type Command,
  hookCommand,
  LIBRARIES,
  measureStartups,
} from './startup.js'
import { ms, type Row, times } from './table.js'

const BARE = 'node -e 0'

/** 4: the hook on 100 and 10,000 keys and the action's cold start, each beside bare node. */
export async function startupSection(): Promise<{ rows: Row[]; raw: unknown }> {
  const present = bundlesPresent()
  // Latency 0: this measures our start-up, not the network.
  const server = await startServerChild(0)
  try {
    const commands: Command[] = [{ name: BARE, args: ['-e', '0'] }]
    if (present.hook) {
      const cache = tempDir()
      commands.push(
        hookCommand('hook 100', 100),
        hookCommand('hook 10000', 10_000),
        hookCommand('hook 100, compile cache', 100, cache),
        hookCommand('hook 10000, compile cache', 10_000, cache),
      )
    }
    if (present.action) commands.push(actionCommand('action', server.url))
    if (present.libraries) commands.push({ name: 'action libraries', args: [LIBRARIES] })
    log(`cold starts: ${commands.map((c) => c.name).join(', ')} × ${STARTUP_RUNS}, interleaved`)
    const m = measureStartups(commands, STARTUP_RUNS)
    const bare = m.medianMs[BARE]!
    const row = (name: string, key: string, limit: number | undefined, ok: boolean): Row => {
      const base = { section: '4', name, target: limit ? `≤ ${limit}×` : '(informative)' }
      if (!ok)
        return {
          ...base,
          measured: 'bundle missing',
          reference: '',
          ratio: '',
          ...(limit ? { met: false } : {}),
        }
      const t = m.medianMs[key]!
      return {
        ...base,
        measured: ms(t),
        reference: `${BARE} ${ms(bare)}`,
        ratio: times(t / bare),
        ...(limit ? { met: t / bare <= limit } : {}),
      }
    }
    return {
      rows: [
        row('hook lint, 100 keys', 'hook 100', 2, present.hook),
        row('hook lint, 10,000 keys', 'hook 10000', 4, present.hook),
        row('hook lint, 100 keys, Node compile cache', 'hook 100, compile cache', undefined, present.hook),
        row(
          'hook lint, 10,000 keys, Node compile cache',
          'hook 10000, compile cache',
          undefined,
          present.hook,
        ),
        row('action cold start, 5-key plan', 'action', 4, present.action),
        row(
          'action libraries alone: @actions/core, undici, zod (manifest schema), yaml',
          'action libraries',
          undefined,
          present.libraries,
        ),
      ],
      raw: m,
    }
  } finally {
    await server.close()
  }
}
