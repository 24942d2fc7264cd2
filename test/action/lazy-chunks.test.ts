import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Env, startEnv } from './fixtures.js'
import { ACTION, pushPayload, runAction } from './harness.js'

// What the bundle reads of itself on a plan: its chunks are loaded by require, which reads each file
// once. A preload (--require, through NODE_OPTIONS as a runner would pass it) logs every file of
// dist/action read, so the test sees which chunks a run loaded, from the built bundle.
let env: Env
beforeEach(async () => {
  env = await startEnv()
})
afterEach(() => env.close())

const BUNDLE = dirname(ACTION)

function preload(): { script: string; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sm-chunks-'))
  const log = join(dir, 'read.txt')
  const script = join(dir, 'log-reads.cjs')
  writeFileSync(
    script,
    `const fs = require('node:fs')
const read = fs.readFileSync
const seen = new Set()
fs.readFileSync = function (file, ...rest) {
  if (typeof file === 'string' && file.startsWith(${JSON.stringify(`${BUNDLE}/`)})) seen.add(file)
  return read.call(this, file, ...rest)
}
process.on('exit', () => fs.writeFileSync(${JSON.stringify(log)}, [...seen].join('\\n')))
`,
  )
  return { script, log }
}

/** The run, and the files of dist/action it read that hold zod (its core names each schema kind). */
async function planLoadingZod() {
  const { script, log } = preload()
  const run = await runAction({
    workdir: env.workdir,
    inputs: { ...env.inputs, mode: 'plan' },
    event: { name: 'push', payload: pushPayload('a1b2c3d4e5f60718293a4b5c6d7e8f9012345678') },
    github: env.github,
    env: { ...env.values, NODE_OPTIONS: `--require ${script}` },
  })
  const read = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []
  expect(read.map((f) => basename(f))).toContain('index.js')
  const zod = read.filter((f) => readFileSync(f, 'utf8').includes('"$ZodObject"'))
  return { run, zod }
}

describe('what a plan loads', () => {
  it('replies in the documented form are checked without loading zod', async () => {
    const { run, zod } = await planLoadingZod()
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs['has-changes']).toBe('true')
    expect(zod).toEqual([])
  })

  it('a reply the zod-free check rejects loads the schemas, whose error names the route', async () => {
    env.infisical.faults.add({
      kind: 'malformed',
      method: 'GET',
      path: '/api/v4/secrets',
      body: { secrets: [{ id: 's1', secretKey: 7 }] },
    })
    const { run, zod } = await planLoadingZod()
    expect(run.code).not.toBe(0)
    expect(run.stdout).toContain(
      'the reply of GET /api/v4/secrets is not in the documented form (invalid_type at secrets.0.secretKey)',
    )
    expect(zod.length).toBeGreaterThan(0)
  })
})
