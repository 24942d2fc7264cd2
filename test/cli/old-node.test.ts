import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// The CLI and the action need Node 24; run on an older one (the machine's node, when it is older than
// the Node 24 running the tests), each entry says so in one line instead of failing inside a request.
const ROOT = new URL('../..', import.meta.url).pathname

function olderNode(): string | undefined {
  const candidates = [
    ...spawnSync('which', ['-a', 'node'], { encoding: 'utf8' }).stdout.split('\n'),
    '/usr/bin/node',
    '/usr/local/bin/node',
  ]
  for (const bin of candidates.filter((b) => b && existsSync(b))) {
    try {
      const major = Number(
        execFileSync(bin, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }),
      )
      if (major >= 18 && major < 24) return bin
    } catch {}
  }
  return undefined
}

const node = olderNode()
if (!node) console.warn('skipping the old-Node test: no node older than 24 on this machine')

describe.skipIf(!node)('the entries on a Node older than 24', () => {
  const run = (entry: string, env: Record<string, string> = {}) =>
    spawnSync(node!, [join(ROOT, entry), 'plan', '--manifest', 'examples/secrets.yaml'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        INFISICAL_TOKEN: 'x',
        INFISICAL_SITE_URL: 'http://127.0.0.1:1',
        ...env,
      },
    })

  it('dist/cli/index.js and the bin: one line on stderr, exit 2, nothing else run', () => {
    for (const entry of ['dist/cli/index.js', 'bin/secrets-manifest.js']) {
      const r = run(entry)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(
        /^secrets-manifest needs Node 24 or newer \(this is v\d+\.\d+\.\d+\)\. [^\n]+\n$/,
      )
      expect(r.status).toBe(2)
    }
  })

  it('dist/action/index.js: one ::error:: line naming the runner version, exit 1', () => {
    const r = run('dist/action/index.js', { GITHUB_ACTIONS: 'true' })
    expect(r.stdout).toMatch(
      /^::error::secrets-manifest needs Node 24 or newer [^\n]+runner of v2\.327\.1 or newer\n$/,
    )
    expect(r.status).toBe(1)
  })
})
