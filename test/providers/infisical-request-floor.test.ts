import { afterEach, describe, expect, it } from 'vitest'
import { runApply, runPlan } from '../../src/app/run.js'
import type { RunOptions, RunResult } from '../../src/app/types.js'
import { Redactor } from '../../src/core/redact.js'
import { CLIENT_SECRET, PROJECT_ID, type Sandbox, startSandbox, writeManifest } from '../support/sandbox.js'

// Request counts against the sandbox over HTTP: what the server received, not what the client meant.
let box: Sandbox | undefined
afterEach(async () => {
  await box?.close()
  box = undefined
})

const opts = (manifestPath: string): RunOptions => ({
  manifestPath,
  env: {},
  credentials: { method: 'universal', clientId: 'ci-identity', clientSecret: CLIENT_SECRET },
  siteUrl: box!.server.url,
  redactor: new Redactor(),
})
const kind = (r: RunResult, expected: RunResult['kind']) => {
  if (r.kind !== expected) throw new Error(`expected ${expected}, got ${r.kind}: ${JSON.stringify(r)}`)
  return r
}

/** The bench's shape: 3 environments × 4 folders × 250 keys, every key in every environment. */
function benchManifest(
  keysPerFolder = 250,
  folders = ['/service-1', '/service-2', '/service-3', '/service-4'],
) {
  const lines = ['environments: [dev, staging, prod]', 'secrets:']
  folders.forEach((path, f) => {
    for (let i = 0; i < keysPerFolder; i++)
      lines.push(`  - key: S${f}_K${i}`, `    path: ${path}`, `    value: { literal: v-${f}-${i} }`)
  })
  return writeManifest(`${lines.join('\n')}\n`)
}

const batchCreates = (b: Sandbox) =>
  b.server.requests.filter((r) => r.method === 'POST' && /\/secrets\/batch/.test(r.path))
const lists = (b: Sandbox) =>
  b.server.requests.filter((r) => r.method === 'GET' && /\/secrets(\/raw)?$/.test(r.path))

describe.each([{ legacy: false }, { legacy: true }])('request floor (legacy=$legacy)', ({ legacy }) => {
  it('applies 3 environments × 4 folders × 250 keys from empty in 29 requests, re-plans in 5', async () => {
    box = await startSandbox({ legacy })
    const path = benchManifest()
    const result = kind(await runApply(opts(path)), 'applied')
    expect(result.kind === 'applied' && result.report.applied).toBe(3000)
    // 1 login + 1 project + 3 recursive lists + 12 folder creates + 12 batch creates; the 2024 server
    // costs one more: the modern project route answers 404 there, which is how it is recognised.
    expect(box.server.requests).toHaveLength(legacy ? 30 : 29)
    expect(lists(box).map((r) => [r.query.environment, r.query.secretPath, r.query.recursive])).toEqual([
      ['dev', '/', 'true'],
      ['staging', '/', 'true'],
      ['prod', '/', 'true'],
    ])
    expect(batchCreates(box)).toHaveLength(12)

    const before = box.server.requests.length
    const again = kind(await runPlan(opts(path)), 'planned')
    expect(again.kind === 'planned' && again.plan.hasChanges).toBe(false)
    expect(box.server.requests.length - before).toBe(legacy ? 6 : 5)
  })

  it('creates a nested folder with one request (the server makes its parents)', async () => {
    box = await startSandbox({ legacy })
    const path = writeManifest(
      'environments: [dev]\nsecrets:\n  - key: A\n    path: /a/b/c\n    value: { literal: x }\n',
    )
    kind(await runApply(opts(path)), 'applied')
    const folderCreates = box.server.requests.filter((r) => r.method === 'POST' && /\/folders$/.test(r.path))
    expect(folderCreates).toHaveLength(1)
    expect(box.server.state.listSecrets(PROJECT_ID, 'dev', '/a/b/c').map((s) => s.key)).toEqual(['A'])
  })
})

describe('listing from the deepest folder that covers the managed paths', () => {
  it('reads one environment recursively from the common folder and another at its only folder', async () => {
    box = await startSandbox()
    const { state } = box.server
    state.addSecret(PROJECT_ID, 'dev', '/app/api', { key: 'A', value: 'a' })
    state.addSecret(PROJECT_ID, 'dev', '/app/web', { key: 'B', value: 'b' })
    state.addSecret(PROJECT_ID, 'dev', '/app/other', { key: 'UNMANAGED', value: 'u' })
    state.addSecret(PROJECT_ID, 'prod', '/app/api', { key: 'A', value: 'a' })
    const path = writeManifest(
      [
        'environments: [dev, prod]',
        'secrets:',
        '  - { key: A, path: /app/api, environments: [dev, prod], value: { literal: a } }',
        '  - { key: B, path: /app/web, environments: [dev], value: { literal: b } }',
        '',
      ].join('\n'),
    )
    const result = kind(await runPlan(opts(path)), 'planned')
    expect(result.kind === 'planned' && result.plan.hasChanges).toBe(false)
    // Secrets of unmanaged folders are not part of the plan, even when the read returned them.
    expect(result.kind === 'planned' && result.plan.items.map((i) => i.key)).not.toContain('UNMANAGED')
    expect(lists(box).map((r) => [r.query.environment, r.query.secretPath, r.query.recursive])).toEqual([
      ['dev', '/app', 'true'],
      ['prod', '/app/api', 'false'],
    ])
  })
})

describe('batches as large as the server takes', () => {
  it('sends 250 creates in one request to a server without a cap', async () => {
    box = await startSandbox()
    kind(await runApply(opts(benchManifest(250, ['/one']))), 'applied')
    expect(batchCreates(box).map((r) => (r.body as { secrets: unknown[] }).secrets.length)).toEqual([
      250, 250, 250,
    ])
  })

  it('halves on a server that caps batches at 100, remembers it for the run, and writes everything', async () => {
    box = await startSandbox({ maxBatchSize: 100 })
    const result = kind(await runApply(opts(benchManifest())), 'applied')
    expect(result.kind === 'applied' && result.report).toMatchObject({ applied: 3000, failed: 0 })
    const creates = batchCreates(box)
    const refused = creates.filter((r) => r.status === 400)
    const accepted = creates.filter((r) => r.status === 200)
    expect(accepted.every((r) => (r.body as { secrets: unknown[] }).secrets.length <= 100)).toBe(true)
    // At most two refusals (250, then 125) per folder in flight; later folders start at the learned size.
    expect(refused.length).toBeGreaterThan(0)
    expect(refused.length).toBeLessThanOrEqual(8)
    expect(accepted).toHaveLength(12 * Math.ceil(250 / 62))
    for (const env of ['dev', 'staging', 'prod'])
      expect(box.server.state.listSecrets(PROJECT_ID, env, '/service-4')).toHaveLength(250)
  })
})
