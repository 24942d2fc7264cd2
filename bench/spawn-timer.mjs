// The parent of every timed start-up: a small process, so spawning costs what it costs from a shell or
// a runner, not what it costs from the bench's own large heap. Plain JavaScript, run as is.
// Input: a JSON file of { runs, commands: [{ name, node, args, env, cwd }] }; output: samples per name.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

const { runs, commands } = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const samples = Object.fromEntries(commands.map((c) => [c.name, []]))
for (let r = 0; r < runs; r++) {
  for (let k = 0; k < commands.length; k++) {
    const c = commands[(r + k) % commands.length]
    const start = performance.now()
    const p = spawnSync(c.node, c.args, { cwd: c.cwd, env: c.env, encoding: 'utf8' })
    samples[c.name].push(performance.now() - start)
    if (p.status !== 0) {
      process.stderr.write(
        `${c.name} exited ${p.status}:\n${p.stdout.slice(-800)}\n${p.stderr.slice(-800)}\n`,
      )
      process.exit(1)
    }
  }
}
process.stdout.write(JSON.stringify(samples))
