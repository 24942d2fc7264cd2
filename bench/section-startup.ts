import { log, STARTUP_RUNS } from './config.js'
import { startServerChild } from './server.js'
import {
  actionCommand,
  bundlesPresent,
  type Command,
  findNode20,
  hookCommand,
  LIBRARIES,
  measureStartups,
} from './startup.js'
import { ms, type Row, times } from './table.js'

const BARE = 'node -e 0'
const BARE20 = 'node 20 -e 0'

/** 4: the hook on 100 and 10,000 keys and the action's cold start, each beside bare node. */
export async function startupSection(): Promise<{ rows: Row[]; raw: unknown }> {
  const present = bundlesPresent()
  // Latency 0: this measures our start-up, not the network.
  const server = await startServerChild(0)
  try {
    const commands: Command[] = [{ name: BARE, args: ['-e', '0'] }]
    if (present.hook) {
      commands.push(
        hookCommand('hook 100', 100),
        hookCommand('hook 10000', 10_000),
        hookCommand('hook 100, first run', 100, { firstRun: true }),
        hookCommand('hook 10000, first run', 10_000, { firstRun: true }),
      )
    }
    const node20 = findNode20()
    if (node20 && present.hook)
      commands.push(
        { name: BARE20, node: node20, args: ['-e', '0'] },
        hookCommand('hook 100, node 20', 100, { node: node20 }),
        hookCommand('hook 10000, node 20', 10_000, { node: node20 }),
        hookCommand('hook 100, node 20, first run', 100, { node: node20, firstRun: true }),
      )
    if (present.action) commands.push(actionCommand('action', server.url))
    if (present.libraries) commands.push({ name: 'action libraries', args: [LIBRARIES] })
    log(`cold starts: ${commands.map((c) => c.name).join(', ')} × ${STARTUP_RUNS}, interleaved`)
    const m = measureStartups(commands, STARTUP_RUNS)
    const row = (name: string, key: string, limit: number | undefined, ok: boolean, baseline = BARE): Row => {
      const bare = m.medianMs[baseline]!
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
        reference: `${baseline} ${ms(bare)}`,
        ratio: times(t / bare),
        ...(limit ? { met: t / bare <= limit } : {}),
      }
    }
    return {
      rows: [
        row('hook lint, 100 keys', 'hook 100', 1.3, present.hook),
        row('hook lint, 10,000 keys', 'hook 10000', 3, present.hook),
        row(
          'hook lint, 100 keys, Node 20',
          'hook 100, node 20',
          1.3,
          Boolean(node20 && present.hook),
          BARE20,
        ),
        row(
          'hook lint, 10,000 keys, Node 20',
          'hook 10000, node 20',
          3,
          Boolean(node20 && present.hook),
          BARE20,
        ),
        row('hook lint, 100 keys, first run (no code cache)', 'hook 100, first run', undefined, present.hook),
        row(
          'hook lint, 10,000 keys, first run (no code cache)',
          'hook 10000, first run',
          undefined,
          present.hook,
        ),
        row(
          'hook lint, 100 keys, Node 20, first run (no code cache)',
          'hook 100, node 20, first run',
          undefined,
          Boolean(node20 && present.hook),
          BARE20,
        ),
        row('action cold start, 5-key plan', 'action', 4, present.action),
        row(
          'action libraries alone: @actions/core, undici (Agent, request)',
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
