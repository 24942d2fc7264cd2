import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { LATENCY_MS } from './config.js'
import { removeTemp } from './fixtures.js'
import { planComputeChild } from './plan-compute.js'
import { applySections } from './section-apply.js'
import { peerSection } from './section-peer.js'
import { planSection } from './section-plan.js'
import { startupSection } from './section-startup.js'
import { serveChild } from './server.js'
import { ROOT } from './startup.js'
import { markdownTable, type Row, textTable } from './table.js'

// One bundle, three roles: the orchestrator, the sandbox server child, the plan-compute child.
const [flag, role, arg, limits] = process.argv.slice(2)
const job =
  flag === '--child' && role === 'server'
    ? serveChild(Number(arg), limits === 'free-plan')
    : flag === '--child' && role === 'plan-compute'
      ? Promise.resolve(planComputeChild(Number(arg)))
      : main(process.argv.includes('--markdown'))
job.catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exit(1)
})

async function main(markdown: boolean): Promise<void> {
  try {
    await report(markdown)
  } finally {
    removeTemp()
  }
}

async function report(markdown: boolean): Promise<void> {
  const started = Date.now()
  // Other work on the machine skews every row; the load averages say how quiet it was.
  const loadBefore = loadavg()
  const sections = [await applySections(), await peerSection(), await startupSection(), await planSection()]
  const rows: Row[] = sections.flatMap((s) => s.rows)
  const machine = {
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    free: tryRun('free', ['-h']),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage1m: { before: round(loadBefore[0]!), after: round(loadavg()[0]!) },
  }
  const results = {
    date: new Date().toISOString(),
    latencyMs: LATENCY_MS,
    durationS: Math.round((Date.now() - started) / 100) / 10,
    machine,
    rows,
    raw: sections.map((s) => s.raw),
  }
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)
  console.log(markdown ? markdownTable(rows) : textTable(rows))
  const missed = rows.filter((r) => r.met === false)
  console.log(
    `\n${rows.filter((r) => r.met).length} of ${rows.filter((r) => r.met !== undefined).length} targets met` +
      `${missed.length ? ` (not met: ${missed.map((r) => r.name).join('; ')})` : ''}; ` +
      `${machine.nproc} CPU, load ${machine.loadAverage1m.before} → ${machine.loadAverage1m.after}, node ${machine.node}, ` +
      `${results.durationS} s; details in bench/results.json`,
  )
}

const round = (x: number) => Math.round(x * 100) / 100

function tryRun(cmd: string, args: string[]): string | undefined {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' }).trim()
  } catch {
    return undefined
  }
}
